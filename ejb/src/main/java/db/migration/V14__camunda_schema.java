package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the process engine's tables from the SQL scripts its jar ships, so that the engine itself
 * runs with {@code databaseSchemaUpdate=false}: Flyway's lock makes the creation safe when several
 * nodes start at once on an empty database, which the engine's own creation is not.
 *
 * <p>The scripts are read as classpath resources by name (in the EAR the engine jar sits in {@code
 * lib/}, visible to this module), so this module still compiles without the engine. A database
 * whose engine tables already exist — created by the engine itself before this migration existed —
 * is left as it is.
 *
 * <p>This creates the schema of the engine version in the EAR at the time the migration runs. A
 * later engine upgrade needs its own migration that runs the jar's {@code db/upgrade} scripts.
 */
public class V14__camunda_schema extends BaseJavaMigration {

  private static final Logger LOG = Logger.getLogger(V14__camunda_schema.class.getName());

  static final String SCRIPT_FOLDER = "org/camunda/bpm/engine/db/create/";

  /**
   * Every component that the engine's {@code databaseSchemaUpdate=true} creates with full history,
   * identity, CMMN and DMN enabled (its defaults), in the engine's order.
   */
  static final List<String> COMPONENTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  /** The table the engine's first script creates; its presence means the schema exists. */
  static final String MARKER_TABLE = "ACT_GE_PROPERTY";

  @Override
  public void migrate(Context context) throws SQLException, IOException {
    Connection connection = context.getConnection();
    String schema = connection.getSchema();
    if (tableExists(connection, schema, MARKER_TABLE)) {
      LOG.info(
          () ->
              "Camunda's tables already exist in schema "
                  + schema
                  + " (created by the engine before this migration): nothing created");
      return;
    }
    String database = scriptDatabaseName(connection.getMetaData().getDatabaseProductName());
    for (String component : COMPONENTS) {
      String resource = SCRIPT_FOLDER + "activiti." + database + ".create." + component + ".sql";
      List<String> statements = statements(read(resource));
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          try {
            statement.execute(sql);
          } catch (SQLException e) {
            throw new SQLException(
                "Creating Camunda's tables failed in " + resource + " at: " + sql, e);
          }
        }
      }
      LOG.info(
          () ->
              "Camunda's "
                  + component
                  + " tables created in schema "
                  + schema
                  + " ("
                  + statements.size()
                  + " statements from "
                  + resource
                  + ")");
    }
  }

  /**
   * Looks in the connection's current schema only: the engine's own check finds tables in any
   * schema of a PostgreSQL database, which would take another application's tables for ours.
   */
  static boolean tableExists(Connection connection, String schema, String table)
      throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String name = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
    String escape = metaData.getSearchStringEscape();
    String pattern = escape == null ? name : name.replace("_", escape + "_");
    String schemaPattern = escape == null ? schema : schema.replace("_", escape + "_");
    try (ResultSet tables =
        metaData.getTables(
            connection.getCatalog(), schemaPattern, pattern, new String[] {"TABLE"})) {
      while (tables.next()) {
        if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)
            && schema.equals(tables.getString("TABLE_SCHEM"))) {
          return true;
        }
      }
      return false;
    }
  }

  /** The engine's name of a database in its script names (as its {@code DbSqlSessionFactory}). */
  static String scriptDatabaseName(String productName) {
    return switch (productName) {
      case "H2" -> "h2";
      case "PostgreSQL" -> "postgres";
      default ->
          throw new IllegalStateException(
              "No Camunda schema scripts chosen for database " + productName);
    };
  }

  private String read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Camunda's schema script "
                + resource
                + " is not on the classpath (engine jar missing?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Splits a script as the engine's own {@code DbSqlSession.executeSchemaResource} does: line by
   * line, trimmed; comment lines skipped (the licence header has a semicolon inside a comment, so a
   * plain split on {@code ;} would break); a statement ends with the line that ends with {@code ;}.
   * The engine keeps bare {@code --} lines as part of the next statement, where the database reads
   * them as comments; skipping them gives the same statements.
   */
  static List<String> statements(String script) throws IOException {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new StringReader(script))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.trim();
        if (line.isEmpty() || line.startsWith("--") || line.startsWith("# ")) {
          continue;
        }
        if (!current.isEmpty()) {
          current.append(" \n");
        }
        if (line.endsWith(";")) {
          current.append(line, 0, line.length() - 1);
          statements.add(current.toString());
          current.setLength(0);
        } else {
          current.append(line);
        }
      }
    }
    if (!current.isEmpty()) {
      throw new IllegalStateException(
          "Unterminated statement at the end of the script: " + current);
    }
    return statements;
  }
}
