package cn.oneseal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Whether the application's database answers, for the readiness probe: one query — the schema
 * version the migrations reached, from their history table — with a timeout of a few seconds.
 */
@ApplicationScoped
public class DatabaseStatus {

  /** Flyway creates its table with quoted lower-case names, which H2 keeps case-sensitive. */
  private static final String SCHEMA_VERSION =
      "select \"version\" from \"oneseal_schema_history\" where \"success\" = true"
          + " and \"version\" is not null order by \"installed_rank\" desc";

  /** The database's product and the schema version (empty when no migration was applied). */
  public record SchemaState(String database, Optional<String> version) {}

  @Resource(lookup = "java:jboss/datasources/OneSealDS")
  DataSource dataSource;

  /**
   * @throws SQLException when the database cannot be reached or does not answer in 5 s
   */
  public SchemaState schema() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(SCHEMA_VERSION)) {
      query.setQueryTimeout(5);
      query.setMaxRows(1);
      try (ResultSet rows = query.executeQuery()) {
        String product = connection.getMetaData().getDatabaseProductName();
        return new SchemaState(
            product, rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty());
      }
    }
  }
}
