package cn.oneseal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the application's database answers a query (the web module's probe {@value
 * ReadinessProbes#DATABASE}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return ReadinessProbes.call(ReadinessProbes.DATABASE);
  }
}
