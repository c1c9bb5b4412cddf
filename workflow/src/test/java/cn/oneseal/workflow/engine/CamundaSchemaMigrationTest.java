package cn.oneseal.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** The Camunda schema migration on H2, the embedded default database. */
class CamundaSchemaMigrationTest extends CamundaSchemaMigrationContract {

  @Override
  protected Db createDatabase(String name) {
    return new Db("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "org.h2.Driver");
  }

  @Override
  protected void dropDatabase(Db db) throws SQLException {
    try (Connection c = connect(db)) {
      c.createStatement().execute("SHUTDOWN");
    }
  }
}
