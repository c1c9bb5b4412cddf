package cn.oneseal.domain.model.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.clock.DayKind;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.model.forecast.CompletionEstimate.PastCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionEstimateTest {

  private static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekendsOnly();

  /** Monday 2027-03-01. */
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

  /** Past cases that each took {@code days} working days from entering the step, from Monday. */
  private static List<PastCase> tookWorkingDays(int... days) {
    List<PastCase> past = new ArrayList<>();
    for (int d : days) {
      past.add(new PastCase(MONDAY, WEEKDAYS.addWorkingDays(MONDAY, d)));
    }
    return past;
  }

  @Test
  void halfAndNineInTenOfTheCasesWereDecidedWithinTheQuantiles() {
    // ten cases: 1..10 working days; half took at most 5, nine in ten at most 9
    List<PastCase> past = tookWorkingDays(7, 1, 10, 3, 2, 9, 4, 6, 8, 5);
    LocalDate entered = LocalDate.of(2027, 4, 5); // a Monday
    CompletionEstimate estimate =
        CompletionEstimate.of("reviewApplication", entered, past, WEEKDAYS, entered).orElseThrow();

    assertThat(estimate.p50Days()).isEqualTo(5);
    assertThat(estimate.p90Days()).isEqualTo(9);
    assertThat(estimate.p50()).isEqualTo(LocalDate.of(2027, 4, 12)); // 5 working days after Monday
    assertThat(estimate.p90()).isEqualTo(LocalDate.of(2027, 4, 16)); // 9: Friday of the next week
    assertThat(estimate.basis()).isEqualTo(10);
    assertThat(estimate.fromStep()).isEqualTo("reviewApplication");
  }

  @Test
  void theQuantilesAreNearestRanksSoTheSharesHoldExactly() {
    // 20 cases: 18 took 2 days, two took 30: nine in ten took at most 2
    int[] days = new int[20];
    java.util.Arrays.fill(days, 2);
    days[3] = 30;
    days[11] = 30;
    CompletionEstimate estimate =
        CompletionEstimate.of("decideApplication", MONDAY, tookWorkingDays(days), WEEKDAYS, MONDAY)
            .orElseThrow();
    assertThat(estimate.p50Days()).isEqualTo(2);
    assertThat(estimate.p90Days()).isEqualTo(2);
    // one more slow case tips the 90 % over
    int[] more = java.util.Arrays.copyOf(days, 21);
    more[20] = 30;
    assertThat(
            CompletionEstimate.of(
                    "decideApplication", MONDAY, tookWorkingDays(more), WEEKDAYS, MONDAY)
                .orElseThrow()
                .p90Days())
        .isEqualTo(30);
  }

  @Test
  void belowTenPastCasesThereIsNoEstimate() {
    List<PastCase> nine = tookWorkingDays(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(CompletionEstimate.of("acceptApplication", MONDAY, nine, WEEKDAYS, MONDAY))
        .isEmpty();
    List<PastCase> ten = new ArrayList<>(nine);
    ten.addAll(tookWorkingDays(10));
    assertThat(CompletionEstimate.of("acceptApplication", MONDAY, ten, WEEKDAYS, MONDAY))
        .isPresent();
    assertThat(CompletionEstimate.MIN_BASIS).isEqualTo(10);
  }

  @Test
  void daysOffCountNeitherInThePastNorInTheEstimate() {
    // the past cases entered on Friday 2027-09-24 and were decided on Friday 2027-10-08, across
    // the National Day holidays (Oct 1-7 off): Sept 27-30 and Oct 8, 5 working days, not 14 days
    Map<LocalDate, DayKind> holidays = new java.util.HashMap<>();
    for (int d = 1; d <= 7; d++) {
      holidays.put(LocalDate.of(2027, 10, d), DayKind.HOLIDAY);
    }
    WorkingCalendar calendar = new WorkingCalendar(holidays);
    List<PastCase> past = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      past.add(new PastCase(LocalDate.of(2027, 9, 24), LocalDate.of(2027, 10, 8)));
    }
    LocalDate entered = LocalDate.of(2027, 11, 1); // a Monday without holidays
    CompletionEstimate estimate =
        CompletionEstimate.of("reviewApplication", entered, past, calendar, entered).orElseThrow();
    assertThat(estimate.p50Days()).isEqualTo(5);
    assertThat(estimate.p50()).isEqualTo(LocalDate.of(2027, 11, 8));
  }

  @Test
  void aDayAlreadyPastIsGivenAsToday() {
    List<PastCase> past = tookWorkingDays(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    LocalDate today = MONDAY.plusWeeks(3);
    CompletionEstimate estimate =
        CompletionEstimate.of("reviewApplication", MONDAY, past, WEEKDAYS, today).orElseThrow();
    assertThat(estimate.p50()).isEqualTo(today);
    assertThat(estimate.p90()).isEqualTo(today);
  }
}
