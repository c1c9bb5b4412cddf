package cn.oneseal.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.forecast.CompletionEstimate.PastCase;
import cn.oneseal.testing.MigratedH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query behind the estimate of completion, run as written on the migrated schema: only decided
 * cases of the same item version, only those that passed the same step, each counted once from its
 * first entry into the step, and only the most recent ones of the window.
 */
class JpaCompletionHistoryQueryTest {

  private static MigratedH2 database;
  private static long itemId;
  private static long version;
  private static long otherVersion;
  private static int sequence;

  @BeforeAll
  static void migrate() throws SQLException {
    database = MigratedH2.named("completionHistory");
    try (Connection c = database.connect();
        ResultSet r =
            c.createStatement()
                .executeQuery("select id, item_id from approval_item_version order by id")) {
      r.next();
      version = r.getLong(1);
      itemId = r.getLong(2);
      r.next();
      otherVersion = r.getLong(1);
    }
  }

  private static OffsetDateTime at(LocalDate day) {
    return day.atTime(10, 0).atZone(BureauTime.ZONE).toOffsetDateTime();
  }

  /** A case of {@code versionId} in {@code status}, decided on {@code decided} (or open: null). */
  private static long application(
      Connection c, long versionId, String status, LocalDate submitted, LocalDate decided)
      throws SQLException {
    String number = "TEST-" + (++sequence);
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into application (number, item_id, item_version_id, applicant,"
                + " idempotency_key, status, submitted_at, decided_at, deemed_accepted, version)"
                + " values (?, ?, ?, 'zhangsan', ?, ?, ?, ?, false, 0)",
            new String[] {"id"})) {
      s.setString(1, number);
      s.setLong(2, itemId);
      s.setLong(3, versionId);
      s.setString(4, number);
      s.setString(5, status);
      s.setObject(6, at(submitted));
      s.setObject(7, decided == null ? null : at(decided));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void history(Connection c, long id, String step, LocalDate started)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into application_history (application_id, step, action, actor, to_status,"
                + " started_at, occurred_at) values (?, ?, 'done', 'officer', 'UNDER_REVIEW', ?, ?)")) {
      s.setLong(1, id);
      s.setString(2, step);
      s.setObject(3, at(started));
      s.setObject(4, at(started).plusHours(2));
      s.executeUpdate();
    }
  }

  private static List<PastCase> query(Connection c, long versionId, String step, int window)
      throws SQLException {
    List<PastCase> past = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(JpaCompletionHistory.DECIDED_AFTER_STEP)) {
      s.setLong(1, versionId);
      s.setInt(2, window);
      s.setString(3, step);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          past.add(
              new PastCase(
                  JpaCompletionHistory.day(r.getObject(2, OffsetDateTime.class)),
                  JpaCompletionHistory.day(r.getObject(3, OffsetDateTime.class))));
        }
      }
    }
    return past;
  }

  @Test
  void onlyDecidedCasesOfTheVersionThatPassedTheStepCountOnceFromTheirFirstEntry()
      throws SQLException {
    LocalDate day = LocalDate.of(2027, 3, 1);
    try (Connection c = database.connect()) {
      // counted: approved and denied cases of the version that passed the review
      long approved = application(c, version, "APPROVED", day, day.plusDays(9));
      history(c, approved, "acceptApplication", day);
      history(c, approved, "reviewApplication", day.plusDays(1));
      // returned to the review once: counted once, from its first entry
      history(c, approved, "reviewApplication", day.plusDays(5));
      long denied = application(c, version, "DENIED", day, day.plusDays(4));
      history(c, denied, "reviewApplication", day.plusDays(2));
      // not counted: another version, another step only, not decided, withdrawn, refused
      long other = application(c, otherVersion, "APPROVED", day, day.plusDays(3));
      history(c, other, "reviewApplication", day.plusDays(1));
      long acceptedOnly = application(c, version, "APPROVED", day, day.plusDays(3));
      history(c, acceptedOnly, "acceptApplication", day);
      long open = application(c, version, "AWAITING_DECISION", day, null);
      history(c, open, "reviewApplication", day.plusDays(1));
      long withdrawn = application(c, version, "WITHDRAWN", day, null);
      history(c, withdrawn, "reviewApplication", day.plusDays(1));
      long refused = application(c, version, "REFUSED", day, day.plusDays(1));
      history(c, refused, "acceptApplication", day);

      assertThat(query(c, version, "reviewApplication", 500))
          .containsExactlyInAnyOrder(
              new PastCase(day.plusDays(1), day.plusDays(9)),
              new PastCase(day.plusDays(2), day.plusDays(4)));
      assertThat(query(c, otherVersion, "reviewApplication", 500))
          .containsExactly(new PastCase(day.plusDays(1), day.plusDays(3)));
      assertThat(query(c, version, "acceptApplication", 500)).hasSize(2);
    }
  }

  @Test
  void onlyTheMostRecentlyDecidedCasesOfTheWindowAreRead() throws SQLException {
    LocalDate day = LocalDate.of(2028, 1, 3);
    try (Connection c = database.connect()) {
      for (int i = 0; i < 5; i++) {
        long id = application(c, version, "APPROVED", day, day.plusDays(10 + i));
        history(c, id, "decideApplication", day.plusDays(i));
      }
      // the window of 3 holds the three decided last (days 12, 13, 14)
      assertThat(query(c, version, "decideApplication", 3))
          .extracting(PastCase::decided)
          .containsExactlyInAnyOrder(day.plusDays(12), day.plusDays(13), day.plusDays(14));
    }
  }
}
