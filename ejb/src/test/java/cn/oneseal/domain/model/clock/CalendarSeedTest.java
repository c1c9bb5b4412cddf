package cn.oneseal.domain.model.clock;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.testing.MigratedH2;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations run on H2 and seed the calendar: 2026 exactly as the State Council's notice has
 * it, 2027 provisional.
 */
class CalendarSeedTest {

  private static MigratedH2 database;

  private static Map<LocalDate, DayKind> days;

  @BeforeAll
  static void migrate() throws SQLException {
    database = MigratedH2.named("calendarSeed");
    days = new HashMap<>();
    try (Connection c = database.connect();
        ResultSet rs =
            c.createStatement().executeQuery("select calendar_date, kind from calendar_day")) {
      while (rs.next()) {
        days.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)));
      }
    }
  }

  @Test
  void the2026SeedIsTheNotice() {
    Map<LocalDate, DayKind> seeded2026 = new HashMap<>(days);
    seeded2026.keySet().removeIf(d -> d.getYear() != 2026);
    assertThat(seeded2026).isEqualTo(Calendars.exceptions2026());
    assertThat(new WorkingCalendar(days).workingDaysBetween(day("2025-12-31"), day("2026-12-31")))
        .isEqualTo(248);
  }

  @Test
  void makeUpDaysAreWeekendDays() {
    days.forEach(
        (day, kind) -> {
          if (kind == DayKind.WORKDAY) {
            assertThat(day.getDayOfWeek())
                .as(day.toString())
                .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
          }
        });
  }

  @Test
  void the2027SeedIsProvisional() throws SQLException {
    try (Connection c = database.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select year_number, confirmed from calendar_year order by year_number")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(2026);
      assertThat(rs.getBoolean(2)).isTrue();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(2027);
      assertThat(rs.getBoolean(2)).isFalse();
    }
    WorkingCalendar calendar = new WorkingCalendar(days);
    // 除夕 Fri 5 Feb 2027 is off; New Year's Day Fri 1 Jan 2027 too
    assertThat(calendar.isWorkingDay(day("2027-02-05"))).isFalse();
    assertThat(calendar.nextWorkingDay(day("2026-12-31"))).isEqualTo(day("2027-01-04"));
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
