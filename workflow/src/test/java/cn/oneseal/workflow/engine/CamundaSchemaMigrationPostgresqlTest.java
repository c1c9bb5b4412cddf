package cn.oneseal.workflow.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The Camunda schema migration on PostgreSQL (127.0.0.1:5432, user {@code postgres} or {@code
 * PGUSER}, trust authentication or {@code PGPASSWORD}). Each test creates and drops its own
 * database. Without a reachable server the tests are skipped with a banner — unless {@code
 * CI=true}, where PostgreSQL is part of the machine and its absence is a failure.
 */
class CamundaSchemaMigrationPostgresqlTest extends CamundaSchemaMigrationContract {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String USER = envOr("PGUSER", "postgres");
  private static final String PASSWORD = envOr("PGPASSWORD", "");

  @BeforeAll
  static void requirePostgresql() {
    try (Connection c = admin()) {
      c.isValid(5);
    } catch (SQLException e) {
      String message =
          "PostgreSQL is not reachable at " + SERVER + " as " + USER + " (" + e.getMessage() + ")";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + ", but CI=true requires it", e);
      }
      String banner = "*".repeat(78);
      System.err.printf(
          "%n%s%n%s: the PostgreSQL Camunda schema tests are SKIPPED.%n%s%n%n",
          banner, message, banner);
      Assumptions.abort(message);
    }
  }

  @Override
  protected Db createDatabase(String name) throws SQLException {
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new Db(SERVER + name, USER, PASSWORD, "org.postgresql.Driver");
  }

  @Override
  protected void dropDatabase(Db db) throws SQLException {
    String name = db.url().substring(SERVER.length());
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static Connection admin() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("password", PASSWORD);
    properties.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(SERVER + "postgres", properties);
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
