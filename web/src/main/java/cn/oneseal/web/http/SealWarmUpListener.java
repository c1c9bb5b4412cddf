package cn.oneseal.web.http;

import cn.oneseal.infrastructure.seal.SealWarmUp;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts the seal's warm-up at the first request the server answers: WildFly answers requests only
 * once every deployment has started, so the keys' slow derivation no longer competes with the start
 * for the cores (see {@link SealWarmUp}). Every later request costs one volatile read.
 */
@WebListener
public class SealWarmUpListener implements ServletRequestListener {

  @Inject SealWarmUp warmUp;

  private volatile boolean begun;

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (!begun) {
      begun = true;
      warmUp.begin();
    }
  }
}
