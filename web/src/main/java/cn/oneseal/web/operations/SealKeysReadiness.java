package cn.oneseal.web.operations;

import cn.oneseal.health.ReadinessProbes;
import cn.oneseal.infrastructure.seal.SealService;
import cn.oneseal.infrastructure.seal.SealService.SealKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness probe (registered by {@link ReadinessRegistration}): the bureau's seal keystores (the
 * PDF signing key and the SM2 key) load with the configured password, belong to the bureau, and
 * their certificates are still valid — otherwise no licence could be sealed. The keys are loaded
 * once; later probes read the loaded seal.
 */
@ApplicationScoped
public class SealKeysReadiness implements HealthCheck {

  static final String NAME = ReadinessProbes.SEAL_KEYS;

  @Inject SealService seal;

  Clock clock = Clock.systemUTC();

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    SealKeys keys;
    try {
      keys = seal.keys();
    } catch (RuntimeException e) {
      // the server log has the cause (SealWarmUp); the probe names only its kind
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
    Instant now = clock.instant();
    boolean valid = now.isBefore(keys.notAfter()) && now.isBefore(keys.sm2NotAfter());
    return response
        .status(valid)
        .withData("source", keys.configured() ? "configured keystores" : "demonstration seal")
        .withData("certificateSerial", keys.serial())
        .withData("certificateNotAfter", keys.notAfter().toString())
        .withData("sm2CertificateSerial", keys.sm2Serial())
        .withData("sm2CertificateNotAfter", keys.sm2NotAfter().toString())
        .build();
  }
}
