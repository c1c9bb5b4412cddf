package db.migration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every issued document gets the random token that public verification finds it by (issue 12: the
 * public no longer asks by the document's id, which counts up). Documents issued before version 9
 * (licences of the first business registrations) have none yet: they get one now, made as {@code
 * DocumentIssuer} makes them — 96 bits of {@link SecureRandom}, in hexadecimal — which no SQL
 * function does alike on H2 and PostgreSQL. Then the column becomes required.
 */
public class V17__document_verification_tokens extends BaseJavaMigration {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    List<Long> missing = new ArrayList<>();
    try (Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery(
                "select id from issued_document where verification_token is null")) {
      while (rows.next()) {
        missing.add(rows.getLong(1));
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update issued_document set verification_token = ? where id = ?")) {
      for (long id : missing) {
        update.setString(1, token());
        update.setLong(2, id);
        update.addBatch();
      }
      if (!missing.isEmpty()) {
        update.executeBatch();
      }
    }
    try (Statement alter = connection.createStatement()) {
      alter.execute("alter table issued_document alter column verification_token set not null");
    }
  }

  static String token() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
