package cn.oneseal.infrastructure.seal;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the bureau's seal (or creates the demonstration seal) in the background once the server has
 * started: loading takes a second or more of CPU (deliberately slow key derivation) and creating
 * several, which must not lengthen the first clerk's acceptance, whose transaction also holds the
 * case's process rows.
 *
 * <p>Not at deployment: during the start every core is busy deploying and compiling, and the
 * loading made the first page answer later. The web module calls {@link #begin()} on the first
 * request the server answers, which it does only once its start is complete; the first sealing act
 * comes after a sign-in and an inbox, by then the seal is loaded. Should a sealing act come first,
 * the seal loads in that act, as it always would have.
 */
@Singleton
@Lock(LockType.READ)
public class SealWarmUp {

  private static final Logger LOG = Logger.getLogger(SealWarmUp.class.getName());

  @Inject SealService seal;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean begun = new AtomicBoolean();

  /** Starts loading the seal in the background, the first time only. */
  public void begin() {
    if (!begun.compareAndSet(false, true)) {
      return;
    }
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
