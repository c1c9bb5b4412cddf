package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A real exchange with the departments (issue 13): each channel gets a mode ({@code simulated}, the
 * demo default every existing channel keeps, or {@code https}) with its endpoint, key id, sealed
 * shared secret and timeout; each push gets the identity it travels under ({@code push_id}, the
 * outbox row's key that receivers deduplicate by) and the state "awaiting receipt". Pushes planned
 * before get a random UUID now, as {@code DepartmentPush} makes them — which no SQL function does
 * alike on H2 and PostgreSQL.
 */
public class V20__department_exchange extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          "alter table data_exchange_channel add column mode varchar(16) default 'simulated' not null");
      ddl.execute("alter table data_exchange_channel add column endpoint_url varchar(512)");
      ddl.execute("alter table data_exchange_channel add column key_id varchar(64)");
      ddl.execute("alter table data_exchange_channel add column secret_cipher varchar(1024)");
      ddl.execute(
          "alter table data_exchange_channel add column timeout_seconds integer default 10 not null");
      ddl.execute(
          "alter table data_exchange_channel add constraint ck_data_exchange_channel_mode"
              + " check (mode in ('simulated', 'https'))");
      ddl.execute(
          "alter table data_exchange_channel add constraint uk_data_exchange_channel_key"
              + " unique (key_id)");
      ddl.execute("alter table department_push add column push_id varchar(36)");
      ddl.execute("alter table department_push drop constraint ck_department_push_status");
      ddl.execute(
          "alter table department_push add constraint ck_department_push_status check (status in"
              + " ('PENDING', 'FAILED', 'AWAITING_RECEIPT', 'DELIVERED'))");
    }
    List<Long> missing = new ArrayList<>();
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id from department_push")) {
      while (rows.next()) {
        missing.add(rows.getLong(1));
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement("update department_push set push_id = ? where id = ?")) {
      for (long id : missing) {
        update.setString(1, UUID.randomUUID().toString());
        update.setLong(2, id);
        update.addBatch();
      }
      if (!missing.isEmpty()) {
        update.executeBatch();
      }
    }
    try (Statement alter = connection.createStatement()) {
      alter.execute("alter table department_push alter column push_id set not null");
      alter.execute(
          "alter table department_push add constraint uk_department_push_id unique (push_id)");
    }
  }
}
