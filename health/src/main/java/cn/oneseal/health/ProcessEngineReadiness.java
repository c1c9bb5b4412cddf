package cn.oneseal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the process engine is registered and answers a query (the web module's probe {@value
 * ReadinessProbes#PROCESS_ENGINE}).
 */
@Readiness
@ApplicationScoped
public class ProcessEngineReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return ReadinessProbes.call(ReadinessProbes.PROCESS_ENGINE);
  }
}
