package cn.oneseal.web.operations;

import cn.oneseal.health.ReadinessProbes;
import cn.oneseal.infrastructure.persistence.DatabaseStatus;
import cn.oneseal.infrastructure.persistence.DatabaseStatus.SchemaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness probe (registered by {@link ReadinessRegistration}): the application's database answers
 * a query — the schema version that the migrations reached — within a few seconds. Down while the
 * database is unreachable or the pool is exhausted, so that a load balancer stops sending requests.
 */
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = ReadinessProbes.DATABASE;

  @Inject DatabaseStatus database;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    try {
      SchemaState schema = database.schema();
      response.withData("database", schema.database());
      if (schema.version().isEmpty()) {
        return response.down().withData("error", "no migration has been applied").build();
      }
      return response.up().withData("schemaVersion", schema.version().get()).build();
    } catch (SQLException | RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
