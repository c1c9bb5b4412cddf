package cn.oneseal.infrastructure.seal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the bureau's seal (or creates the demonstration seal) right after deployment, in the
 * background: loading takes a second or more (deliberately slow key derivation) and creating
 * several, which must not lengthen the first clerk's acceptance, whose transaction also holds the
 * case's process rows.
 */
@Singleton
@Startup
public class SealWarmUp {

  private static final Logger LOG = Logger.getLogger(SealWarmUp.class.getName());

  @Inject SealService seal;

  @Resource ManagedExecutorService executor;

  @PostConstruct
  void warmUp() {
    executor.submit(
        () -> {
          try {
            LOG.info(() -> "Bureau seal ready, certificate " + seal.certificateSerial());
          } catch (RuntimeException e) {
            // the first document to be sealed will report the same failure to its user
            LOG.log(Level.SEVERE, "The bureau's seal cannot be loaded", e);
          }
        });
  }
}
