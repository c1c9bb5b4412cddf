package cn.oneseal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the bureau's seal keystores load and their certificates are valid (the web module's
 * probe {@value ReadinessProbes#SEAL_KEYS}).
 */
@Readiness
@ApplicationScoped
public class SealKeysReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return ReadinessProbes.call(ReadinessProbes.SEAL_KEYS);
  }
}
