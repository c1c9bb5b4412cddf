package cn.oneseal.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Direct access to the running server's database, for what no endpoint of the application does on
 * purpose: preparing an account as an administrator would have left it (a password to change, a
 * staff account that is not a demo account). Every statement runs in its own transaction.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** Runs one statement with its parameters; returns the rows changed. */
  public static int update(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("test statement failed: " + sql, e);
    }
  }

  /**
   * A new account that is no demo account, with the demo password, holding {@code role} (e.g.
   * {@code CLERK}, {@code CITIZEN}).
   */
  public static void createAccount(String username, String role, boolean mustChangePassword) {
    update(
        "insert into user_account (username, display_name, password_hash, enabled, failed_logins,"
            + " created_at, password_change_required)"
            + " select ?, ?, password_hash, true, 0, created_at, ? from user_account"
            + " where username = 'clerk'",
        username,
        "测试 " + username,
        mustChangePassword);
    update(
        "insert into user_account_role (account_id, role)"
            + " select id, ? from user_account where username = ?",
        role,
        username);
  }

  /** The rows of a query, each as its column values in order. */
  public static java.util.List<java.util.List<Object>> rows(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (java.sql.ResultSet result = statement.executeQuery()) {
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          java.util.List<Object> row = new java.util.ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            row.add(result.getObject(c));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test query failed: " + sql, e);
    }
  }

  /** A connection of its own, for a test that changes several rows in one transaction. */
  public static Connection connect() throws SQLException {
    if (OneSealServer.database().equals("h2")) {
      return DriverManager.getConnection(OneSealServer.h2Url(), "sa", "sa");
    }
    Properties properties = new Properties();
    properties.setProperty("user", OneSealServer.postgresqlUser);
    properties.setProperty("password", System.getenv().getOrDefault("PGPASSWORD", "unused"));
    return DriverManager.getConnection(OneSealServer.postgresqlUrl(), properties);
  }
}
