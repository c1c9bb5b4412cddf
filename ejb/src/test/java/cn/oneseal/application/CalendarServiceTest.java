package cn.oneseal.application;

import static cn.oneseal.domain.model.clock.DayKind.HOLIDAY;
import static cn.oneseal.domain.model.clock.DayKind.WORKDAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.application.dto.CalendarDayInput;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks on an administrator's entry of a year: every problem at once. */
class CalendarServiceTest {

  private static CalendarDayInput day(
      String iso, cn.oneseal.domain.model.clock.DayKind kind, String zh) {
    return new CalendarDayInput(LocalDate.parse(iso), kind, zh, null);
  }

  private static List<String> codes(List<Detail> details) {
    return details.stream().map(d -> d.code() + " " + Arrays.toString(d.arguments())).toList();
  }

  @Test
  void theNoticeOf2026Passes() {
    List<CalendarDayInput> days =
        List.of(
            day("2026-01-01", HOLIDAY, "元旦"),
            day("2026-01-03", HOLIDAY, "元旦"), // a Saturday in the block
            day("2026-01-04", WORKDAY, "元旦调休上班")); // a Sunday
    assertThat(CalendarService.problems(2026, days, "国办发明电〔2025〕7号")).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<CalendarDayInput> days =
        List.of(
            day("2025-12-31", HOLIDAY, "跨年"), // outside the year
            day("2026-01-05", WORKDAY, "周一上班"), // a Monday cannot be a make-up day
            day("2026-01-01", HOLIDAY, " "), // no name
            day("2026-01-01", HOLIDAY, "元旦")); // twice
    assertThat(codes(CalendarService.problems(2026, days, null)))
        .containsExactly(
            "error.calendar.outsideYear [2025-12-31, 2026]",
            "error.calendar.workdayOnWeekday [2026-01-05]",
            "error.calendar.nameMissing [2026-01-01]",
            "error.calendar.duplicate [2026-01-01]");
  }

  @Test
  void missingDateAndKindAreReportedByRow() {
    List<CalendarDayInput> days =
        Arrays.asList(
            new CalendarDayInput(null, HOLIDAY, "元旦", null),
            null,
            new CalendarDayInput(LocalDate.parse("2026-01-02"), null, "元旦", null));
    assertThat(codes(CalendarService.problems(2026, days, null)))
        .containsExactly(
            "error.calendar.dateMissing [1]",
            "error.calendar.dateMissing [2]",
            "error.calendar.kindMissing [2026-01-02]");
  }

  @Test
  void yearsOutsideTheRangeAreRefused() {
    assertThat(codes(CalendarService.problems(1999, List.of(), null)))
        .containsExactly("error.calendar.year [1999]");
    assertThat(codes(CalendarService.problems(2101, List.of(), null)))
        .containsExactly("error.calendar.year [2101]");
    assertThat(CalendarService.problems(2000, List.of(), null)).isEmpty();
    assertThat(CalendarService.problems(2100, List.of(), null)).isEmpty();
  }

  @Test
  void longTextsAreRefused() {
    List<CalendarDayInput> days = List.of(day("2026-01-01", HOLIDAY, "元".repeat(101)));
    assertThat(codes(CalendarService.problems(2026, days, "x".repeat(501))))
        .containsExactly(
            "error.calendar.sourceTooLong [500]", "error.calendar.nameTooLong [2026-01-01, 100]");
  }
}
