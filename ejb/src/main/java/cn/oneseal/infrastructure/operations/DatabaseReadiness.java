package cn.oneseal.infrastructure.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the application's database answers a query — the schema version that the migrations
 * reached, read from their history table — within a few seconds. Down while the database is
 * unreachable or the pool is exhausted, so that a load balancer stops sending requests.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = "oneseal-database";

  private static final String SCHEMA_VERSION =
      "select version from oneseal_schema_history where success = true and version is not null"
          + " order by installed_rank desc";

  @Resource(lookup = "java:jboss/datasources/OneSealDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(SCHEMA_VERSION)) {
      query.setQueryTimeout(5);
      query.setMaxRows(1);
      try (ResultSet rows = query.executeQuery()) {
        response.withData("database", connection.getMetaData().getDatabaseProductName());
        if (rows.next()) {
          return response.up().withData("schemaVersion", rows.getString(1)).build();
        }
        return response.down().withData("error", "no migration has been applied").build();
      }
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
