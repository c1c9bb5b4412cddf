package cn.oneseal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the engine's job executor runs (the web module's probe {@value
 * ReadinessProbes#JOB_EXECUTOR}).
 */
@Readiness
@ApplicationScoped
public class JobExecutorReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return ReadinessProbes.call(ReadinessProbes.JOB_EXECUTOR);
  }
}
