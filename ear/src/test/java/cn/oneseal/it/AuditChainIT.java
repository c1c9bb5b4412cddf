package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail cannot be changed unseen (docs/audit.md): acts done through the API are chained
 * and the chain verifies; then a database administrator's edits, made directly in the database — an
 * altered row, a deleted row, an inserted row, a tail renumbered and recomputed after a deletion —
 * are each reported by {@code GET /api/audit/verification} with the entry to look at. Every test
 * puts the rows back as they were, so that the chain is intact again for the tests that follow.
 */
@ExtendWith(OneSealServer.class)
class AuditChainIT {

  private static final Api SUPERVISOR = Api.as("supervisor");
  private static final Api ADMIN = Api.as("admin");

  /** A year no other test uses: replacing its (empty) calendar is an act on record. */
  private static final String YEAR = "/api/calendar/2047";

  private static List<Long> acts;

  @BeforeAll
  static void someActsOnRecord() {
    acts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      acts.add(calendarAct("AuditChainIT " + i));
    }
  }

  /** Replaces the test year's calendar by an empty one; answers the id of the audit entry. */
  private static long calendarAct(String source) {
    assertStatus(
        ADMIN.put(
            YEAR, Api.json(Api.object("confirmed", false, "source", source, "days", List.of()))),
        200);
    return number(
        TestDatabase.rows(
                "select max(id) from audit_log where subject_type = 'calendarYear'"
                    + " and subject_id = '2047'")
            .get(0)
            .get(0));
  }

  private static JsonNode verify() {
    return assertStatus(SUPERVISOR.get("/api/audit/verification"), 200).json();
  }

  private static void assertIntact() {
    JsonNode result = verify();
    assertThat(result.path("intact").asBoolean()).as("%s", result).isTrue();
    assertThat(result.has("firstBrokenEntry")).as("%s", result).isTrue();
    assertThat(result.get("firstBrokenEntry").isNull()).as("%s", result).isTrue();
  }

  private static void assertBrokenAt(long entry, String problem) {
    JsonNode result = verify();
    assertThat(result.path("intact").asBoolean()).as("%s", result).isFalse();
    assertThat(result.path("firstBrokenEntry").asLong()).as("%s", result).isEqualTo(entry);
    assertThat(result.path("problem").asText()).as("%s", result).isEqualTo(problem);
  }

  private static long seqOf(long id) {
    return number(
        TestDatabase.rows("select chain_seq from audit_log where id = ?", id).get(0).get(0));
  }

  private static String hashAt(long seq) {
    return (String)
        TestDatabase.rows("select entry_hash from audit_log where chain_seq = ? order by id", seq)
            .get(0)
            .get(0);
  }

  private static long idAt(long seq) {
    return number(
        TestDatabase.rows("select id from audit_log where chain_seq = ? order by id", seq)
            .get(0)
            .get(0));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  @Test
  void actsAreChainedInOrderAndTheSignedHeadChecksOfflineWithThePublishedCertificate()
      throws Exception {
    JsonNode result = verify();
    assertThat(result.path("intact").asBoolean()).as("%s", result).isTrue();
    assertThat(result.path("entries").asLong()).isGreaterThanOrEqualTo(3);
    long a = seqOf(acts.get(0));
    long b = seqOf(acts.get(1));
    long c = seqOf(acts.get(2));
    assertThat(a).isPositive().isLessThan(b);
    assertThat(b).isLessThan(c);
    assertThat(result.path("headSeq").asLong()).isGreaterThanOrEqualTo(c);
    assertThat(result.path("lastSignedSeq").asLong()).isGreaterThanOrEqualTo(c);

    // the anchor, as kept in the database, checks with the certificate anyone may download
    Api.Response pem = Api.anonymous().get("/api/audit/system-certificate");
    assertStatus(pem, 200);
    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(pem.body().getBytes(StandardCharsets.US_ASCII)));
    assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=OneSeal system key");
    assertThat(result.path("keyFingerprint").asText())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));

    List<Object> anchor =
        TestDatabase.rows(
                "select chain_seq, entry_hash, signed_at, signature from audit_anchor"
                    + " where kind = 'head' order by chain_seq desc, id desc")
            .get(0);
    long anchoredSeq = number(anchor.get(0));
    assertThat((String) anchor.get(1)).isEqualTo(hashAt(anchoredSeq));
    String signedText =
        "oneseal-audit-anchor-v1|head|"
            + anchoredSeq
            + "|"
            + anchor.get(1)
            + "|"
            + DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .format(utc(anchor.get(2)).truncatedTo(ChronoUnit.MILLIS));
    Signature jdk = Signature.getInstance("SHA256withECDSA");
    jdk.initVerify(certificate.getPublicKey());
    jdk.update(signedText.getBytes(StandardCharsets.UTF_8));
    assertThat(jdk.verify(Base64.getDecoder().decode((String) anchor.get(3))))
        .as("signature of %s", signedText)
        .isTrue();
  }

  /** A timestamp with time zone as the JDBC driver hands it (H2 and PostgreSQL differ), in UTC. */
  private static OffsetDateTime utc(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }

  @Test
  void anAlteredEntryIsReported() {
    long altered = acts.get(1);
    String detail =
        (String)
            TestDatabase.rows("select detail from audit_log where id = ?", altered).get(0).get(0);
    assertIntact();
    TestDatabase.update("update audit_log set detail = ? where id = ?", "nothing to see", altered);
    try {
      assertBrokenAt(altered, "CONTENT");
    } finally {
      TestDatabase.update("update audit_log set detail = ? where id = ?", detail, altered);
    }
    assertIntact();
  }

  @Test
  void aDeletedEntryIsReportedByTheEntryAfterIt() throws SQLException {
    long deleted = acts.get(1);
    long next = idAt(seqOf(deleted) + 1);
    assertIntact();
    Map<String, Object> row = row(deleted);
    TestDatabase.update("delete from audit_log where id = ?", deleted);
    try {
      assertBrokenAt(next, "GAP");
    } finally {
      try (Connection connection = TestDatabase.connect()) {
        insert(connection, row);
      }
    }
    assertIntact();
  }

  @Test
  void anInsertedEntryIsReported() {
    long seq = seqOf(acts.get(1));
    String previous = hashAt(seq - 1);
    String content = sha256("a forged entry");
    long forged =
        number(TestDatabase.rows("select max(id) from audit_log").get(0).get(0)) + 100_000;
    assertIntact();
    TestDatabase.update(
        "insert into audit_log (id, occurred_at, actor, action, subject_type, subject_id, detail,"
            + " chain_seq, previous_hash, content_hash, entry_hash)"
            + " values (?, current_timestamp, 'director', 'decided', 'application', 'X', 'forged',"
            + " ?, ?, ?, ?)",
        forged,
        seq,
        previous,
        content,
        sha256(previous + "|" + seq + "|" + content));
    try {
      assertBrokenAt(forged, "DUPLICATE");
    } finally {
      TestDatabase.update("delete from audit_log where id = ?", forged);
    }
    assertIntact();
  }

  /**
   * The thorough forger: deletes an entry, renumbers and rehashes every later one and sets the
   * chain head back — the rows alone now form a perfect chain. The signed head still names the
   * entries as they were.
   */
  @Test
  void aTailRecomputedAfterADeletionIsCaughtByTheSignedHead() throws SQLException {
    long victim = calendarAct("AuditChainIT victim");
    calendarAct("AuditChainIT after the victim");
    assertIntact(); // chains both and signs the head
    Snapshot before;
    try (Connection connection = TestDatabase.connect()) {
      connection.setAutoCommit(false);
      before = Snapshot.take(connection, seqOf(victim));
      deleteAndRecompute(connection, victim, before);
      connection.commit();
    }
    try {
      JsonNode result = verify();
      assertThat(result.path("intact").asBoolean()).as("%s", result).isFalse();
      assertThat(result.path("problem").asText())
          .as("%s", result)
          .isIn("TRUNCATED", "ANCHOR_MISMATCH");
    } finally {
      try (Connection connection = TestDatabase.connect()) {
        connection.setAutoCommit(false);
        before.restore(connection);
        connection.commit();
      }
    }
    assertIntact();
  }

  private static void deleteAndRecompute(Connection connection, long victim, Snapshot before)
      throws SQLException {
    execute(connection, "delete from audit_log where id = ?", victim);
    String previous = before.previousOfFirst();
    long seq = before.firstSeq();
    for (Map<String, Object> row : before.tail()) {
      if (number(row.get("ID")) == victim) {
        continue;
      }
      String entry = sha256(previous + "|" + seq + "|" + row.get("CONTENT_HASH"));
      execute(
          connection,
          "update audit_log set chain_seq = ?, previous_hash = ?, entry_hash = ? where id = ?",
          seq,
          previous,
          entry,
          row.get("ID"));
      previous = entry;
      seq++;
    }
    execute(
        connection,
        "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1",
        seq - 1,
        previous);
  }

  /**
   * The chain from one position on and the chain head, taken under the head's lock (the chaining
   * job waits meanwhile), so that they can be put back exactly.
   */
  private record Snapshot(
      long firstSeq, String previousOfFirst, List<Map<String, Object>> tail, List<Object> head) {

    static Snapshot take(Connection connection, long fromSeq) throws SQLException {
      List<Object> head =
          query(
                  connection,
                  "select last_seq, last_hash from audit_chain_head where id = 1 for update")
              .get(0)
              .values()
              .stream()
              .toList();
      List<Map<String, Object>> tail =
          query(
              connection,
              "select * from audit_log where chain_seq >= ? order by chain_seq, id",
              fromSeq);
      String previous = (String) tail.get(0).get("PREVIOUS_HASH");
      return new Snapshot(fromSeq, previous, tail, head);
    }

    /**
     * Puts the rows and the head back; entries chained onto the forged head meanwhile are unchained
     * again, for the job to chain them onto the real one.
     */
    void restore(Connection connection) throws SQLException {
      query(connection, "select last_seq from audit_chain_head where id = 1 for update");
      List<Object> kept = tail.stream().map(row -> row.get("ID")).toList();
      for (Map<String, Object> row :
          query(connection, "select id from audit_log where chain_seq >= ?", firstSeq)) {
        if (kept.stream().noneMatch(id -> number(id) == number(row.get("ID")))) {
          execute(
              connection,
              "update audit_log set chain_seq = null, previous_hash = null, content_hash = null,"
                  + " entry_hash = null where id = ?",
              row.get("ID"));
        }
      }
      for (Map<String, Object> row : tail) {
        if (query(connection, "select id from audit_log where id = ?", row.get("ID")).isEmpty()) {
          insert(connection, row);
        } else {
          execute(
              connection,
              "update audit_log set chain_seq = ?, previous_hash = ?, entry_hash = ? where id = ?",
              row.get("CHAIN_SEQ"),
              row.get("PREVIOUS_HASH"),
              row.get("ENTRY_HASH"),
              row.get("ID"));
        }
      }
      execute(
          connection,
          "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1",
          head.get(0),
          head.get(1));
    }
  }

  /** The whole row, every column (whatever later migrations add), by upper-case column name. */
  private static Map<String, Object> row(long id) throws SQLException {
    try (Connection connection = TestDatabase.connect()) {
      return query(connection, "select * from audit_log where id = ?", id).get(0);
    }
  }

  private static void insert(Connection connection, Map<String, Object> row) throws SQLException {
    String columns = String.join(", ", row.keySet());
    String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
    execute(
        connection,
        "insert into audit_log (" + columns + ") values (" + marks + ")",
        row.values().toArray());
  }

  private static List<Map<String, Object>> query(
      Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c).toUpperCase(java.util.Locale.ROOT), result.getObject(c));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  private static void execute(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void onlySupervisorsAndTheAuditAdministratorVerify() {
    assertJsonError(Api.as("clerk").get("/api/audit/verification"), 403);
    assertJsonError(Api.as("admin").get("/api/audit/verification"), 403);
    assertJsonError(Api.anonymous().get("/api/audit/verification"), 401);
    JsonNode byAuditor = assertStatus(Api.as("auditor").get("/api/audit/verification"), 200).json();
    assertThat(byAuditor.path("intact").asBoolean()).as("%s", byAuditor).isTrue();
  }
}
