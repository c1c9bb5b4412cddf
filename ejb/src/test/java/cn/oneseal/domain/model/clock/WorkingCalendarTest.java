package cn.oneseal.domain.model.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working days against the official 2026 schedule. Every expected date below was counted by hand on
 * the printed 2026 calendar (1 January 2026 is a Thursday); the weekday checks keep those counts
 * honest.
 */
class WorkingCalendarTest {

  private final WorkingCalendar calendar = Calendars.official2026();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theHandCountsStartFromTheRightWeekdays() {
    assertThat(d("2026-01-01").getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(d("2026-01-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(d("2026-02-14").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(d("2026-02-23").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(d("2026-02-28").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(d("2026-05-09").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(d("2026-09-20").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(d("2026-10-10").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(d("2026-12-31").getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
  }

  @ParameterizedTest(name = "{0} working: {1}")
  @CsvSource({
    "2026-01-01, false", // 元旦, Thursday
    "2026-01-02, false", // 元旦 block, Friday
    "2026-01-03, false", // Saturday in the block
    "2026-01-04, true", // make-up Sunday
    "2026-01-05, true", // ordinary Monday
    "2026-02-13, true", // Friday before the Spring Festival
    "2026-02-14, true", // make-up Saturday
    "2026-02-16, false", // Monday inside 春节
    "2026-02-23, false", // last day of 春节, a Monday
    "2026-02-24, true", // first day back, Tuesday
    "2026-02-28, true", // make-up Saturday
    "2026-03-01, false", // ordinary Sunday
    "2026-03-07, false", // ordinary Saturday
    "2026-03-04, true", // ordinary Wednesday
    "2026-04-06, false", // 清明 Monday
    "2026-05-05, false", // 劳动节 Tuesday
    "2026-05-09, true", // make-up Saturday
    "2026-06-19, false", // 端午 Friday
    "2026-09-20, true", // make-up Sunday
    "2026-09-25, false", // 中秋 Friday
    "2026-10-07, false", // 国庆 Wednesday
    "2026-10-08, true", // Thursday after 国庆
    "2026-10-10, true", // make-up Saturday
    "2026-10-11, false" // ordinary Sunday
  })
  void workingDaysOf2026(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void weekendsOnlyKnowsNoHoliday() {
    WorkingCalendar plain = WorkingCalendar.weekendsOnly();
    assertThat(plain.isWorkingDay(d("2026-01-01"))).isTrue();
    assertThat(plain.isWorkingDay(d("2026-01-04"))).isFalse();
    // Friday 9 Jan -> Monday 12 Jan
    assertThat(plain.nextWorkingDay(d("2026-01-09"))).isEqualTo(d("2026-01-12"));
  }

  @Test
  void nextWorkingDayIsStrictlyAfter() {
    // Tuesday -> Wednesday, not the Tuesday itself
    assertThat(calendar.nextWorkingDay(d("2026-03-03"))).isEqualTo(d("2026-03-04"));
  }

  @Test
  void nextWorkingDayOverTheNewYearBlockIsTheMakeUpSunday() {
    // Wed 31 Dec 2025 -> 1..3 Jan off -> Sun 4 Jan works
    assertThat(calendar.nextWorkingDay(d("2025-12-31"))).isEqualTo(d("2026-01-04"));
  }

  @Test
  void nextWorkingDayBeforeAndAfterTheSpringFestival() {
    assertThat(calendar.nextWorkingDay(d("2026-02-13"))).isEqualTo(d("2026-02-14"));
    assertThat(calendar.nextWorkingDay(d("2026-02-14"))).isEqualTo(d("2026-02-24"));
    // from inside the block
    assertThat(calendar.nextWorkingDay(d("2026-02-18"))).isEqualTo(d("2026-02-24"));
    // Fri 27 Feb -> make-up Sat 28 Feb
    assertThat(calendar.nextWorkingDay(d("2026-02-27"))).isEqualTo(d("2026-02-28"));
    // Sat 28 Feb -> Sun 1 Mar off -> Mon 2 Mar
    assertThat(calendar.nextWorkingDay(d("2026-02-28"))).isEqualTo(d("2026-03-02"));
  }

  @Test
  void addingNoDaysIsTheSameDayEvenOnAHoliday() {
    assertThat(calendar.addWorkingDays(d("2026-10-01"), 0)).isEqualTo(d("2026-10-01"));
  }

  @Test
  void addingNegativeDaysIsRefused() {
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-02"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addingFromAHolidayStartsWithTheNextWorkingDay() {
    // National Day block ends Wed 7 Oct; Thu 8 Oct is the first working day
    assertThat(calendar.addWorkingDays(d("2026-10-01"), 1)).isEqualTo(d("2026-10-08"));
  }

  @Test
  void twentyDaysOverTheSpringFestival() {
    // from Tue 10 Feb: 11,12,13 (3), Sat 14 (4), 24..27 (8), Sat 28 (9), Mar 2..6 (14),
    // Mar 9..13 (19), Mon 16 Mar (20)
    assertThat(calendar.addWorkingDays(d("2026-02-10"), 20)).isEqualTo(d("2026-03-16"));
    assertThat(d("2026-03-16").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
  }

  @Test
  void twentyDaysOverTheSameWeeksWithoutHolidays() {
    // from Tue 10 Feb: 11..13 (3), 16..20 (8), 23..27 (13), Mar 2..6 (18), 9 (19), Tue 10 Mar (20)
    assertThat(WorkingCalendar.weekendsOnly().addWorkingDays(d("2026-02-10"), 20))
        .isEqualTo(d("2026-03-10"));
  }

  @Test
  void acrossTheYearEndIntoTheNewYearBlock() {
    // from Mon 29 Dec 2025: Tue 30 (1), Wed 31 (2), 1..3 Jan off, Sun 4 (3), Mon 5 (4), Tue 6 (5)
    assertThat(calendar.addWorkingDays(d("2025-12-29"), 5)).isEqualTo(d("2026-01-06"));
  }

  @Test
  void acrossTheEndOf2026IntoA2027NewYearsDay() {
    Map<LocalDate, DayKind> days = Calendars.exceptions2026();
    days.put(d("2027-01-01"), DayKind.HOLIDAY); // a Friday
    WorkingCalendar withNewYear = new WorkingCalendar(days);
    // from Wed 30 Dec: Thu 31 (1), Fri 1 Jan off, weekend, Mon 4 Jan (2)
    assertThat(withNewYear.addWorkingDays(d("2026-12-30"), 2)).isEqualTo(d("2027-01-04"));
    // without 2027 data New Year's Day would count
    assertThat(calendar.addWorkingDays(d("2026-12-30"), 2)).isEqualTo(d("2027-01-01"));
  }

  @Test
  void workingDaysBetweenCountsTheHalfOpenInterval() {
    // (Fri 13 Feb, Tue 24 Feb]: Sat 14 and Tue 24
    assertThat(calendar.workingDaysBetween(d("2026-02-13"), d("2026-02-24"))).isEqualTo(2);
    // (Mon 2 Mar, Fri 6 Mar]: Tue..Fri
    assertThat(calendar.workingDaysBetween(d("2026-03-02"), d("2026-03-06"))).isEqualTo(4);
  }

  @Test
  void workingDaysBetweenIsZeroWhenToIsNotAfterFrom() {
    assertThat(calendar.workingDaysBetween(d("2026-03-04"), d("2026-03-04"))).isZero();
    assertThat(calendar.workingDaysBetween(d("2026-03-06"), d("2026-03-02"))).isZero();
  }

  @Test
  void theWholeOf2026Has248WorkingDays() {
    // 261 weekdays (52 weeks + Thu 31 Dec), 19 of them holidays (元旦 2, 春节 6, 清明 1, 劳动节 3,
    // 端午 1, 中秋 1, 国庆 5), plus 6 make-up weekend days
    assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(248);
    assertThat(WorkingCalendar.weekendsOnly().workingDaysBetween(d("2025-12-31"), d("2026-12-31")))
        .isEqualTo(261);
  }

  @Test
  void theSpringFestivalBlockIsNineDaysOffBetweenTwoWorkingSaturdays() {
    for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    // (13 Feb, 28 Feb]: Sat 14, Tue 24..Fri 27, Sat 28
    assertThat(calendar.workingDaysBetween(d("2026-02-13"), d("2026-02-28"))).isEqualTo(6);
  }

  @Test
  void theExceptionsAreCopied() {
    Map<LocalDate, DayKind> days = Calendars.exceptions2026();
    WorkingCalendar copy = new WorkingCalendar(days);
    days.clear();
    assertThat(copy.isWorkingDay(d("2026-01-01"))).isFalse();
  }
}
