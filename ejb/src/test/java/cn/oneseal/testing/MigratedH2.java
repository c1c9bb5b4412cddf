package cn.oneseal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** An in-memory H2 database with every migration applied: the schema and seed as deployed. */
public final class MigratedH2 {

  private final String url;

  private MigratedH2(String url) {
    this.url = url;
  }

  /** Migrates a database of this name (kept open for the JVM) and returns it. */
  public static MigratedH2 named(String name) {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new MigratedH2(url);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }
}
