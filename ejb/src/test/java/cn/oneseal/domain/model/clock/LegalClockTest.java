package cn.oneseal.domain.model.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legal clock against the official 2026 schedule. Expected dates are hand counts on the printed
 * calendar, written out in the comments (counted day → running total).
 */
class LegalClockTest {

  private final LegalClock clock = new LegalClock(Calendars.official2026(), 0.8);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private ClockReading read(String started, int statutory, int promised, String today) {
    return clock.read(d(started), statutory, promised, List.of(), List.of(), d(today));
  }

  private static Pause correction(String from, String until) {
    return new Pause(
        PauseKind.CORRECTION, "accept", d(from), until == null ? null : d(until), "材料不全");
  }

  // without pauses

  // Accepted Mon 2 Mar 2026; statutory 20, promised 5.
  // Promised: Tue 3 (1), 4 (2), 5 (3), Fri 6 (4), Mon 9 (5).
  // Statutory: 3..6 (4), 9..13 (9), 16..20 (14), 23..27 (19), Mon 30 (20).

  @Test
  void onTheFourthDayTheCaseShowsYellow() {
    assertThat(d("2026-03-02").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    ClockReading r = read("2026-03-02", 20, 5, "2026-03-06");
    assertThat(r)
        .isEqualTo(
            new ClockReading(
                d("2026-03-02"), d("2026-03-30"), d("2026-03-09"), 4, 1, 16, false, Card.YELLOW));
  }

  @Test
  void belowEightyPercentNoCard() {
    ClockReading r = read("2026-03-02", 20, 5, "2026-03-05");
    assertThat(r.workingDaysUsed()).isEqualTo(3);
    assertThat(r.card()).isEqualTo(Card.NONE);
  }

  @Test
  void onTheDeadlineItselfStillYellow() {
    ClockReading r = read("2026-03-02", 20, 5, "2026-03-09");
    assertThat(r.workingDaysUsed()).isEqualTo(5);
    assertThat(r.workingDaysLeft()).isZero();
    assertThat(r.card()).isEqualTo(Card.YELLOW);
  }

  @Test
  void theDayAfterThePromisedDeadlineRed() {
    ClockReading r = read("2026-03-02", 20, 5, "2026-03-10");
    assertThat(r.workingDaysUsed()).isEqualTo(6);
    assertThat(r.workingDaysLeft()).isEqualTo(-1);
    assertThat(r.statutoryDaysLeft()).isEqualTo(14);
    assertThat(r.card()).isEqualTo(Card.RED);
  }

  @Test
  void aWeekendDoesNotUseDays() {
    // Sat 7 and Sun 8 Mar add nothing to Fri 6's four days
    assertThat(read("2026-03-02", 20, 5, "2026-03-08").workingDaysUsed()).isEqualTo(4);
  }

  @Test
  void theAcceptanceDayItselfDoesNotCount() {
    ClockReading r = read("2026-03-02", 20, 5, "2026-03-02");
    assertThat(r.workingDaysUsed()).isZero();
    assertThat(r.workingDaysLeft()).isEqualTo(5);
  }

  @Test
  void todayBeforeTheStartUsesNothing() {
    ClockReading r = read("2026-03-02", 20, 5, "2026-02-20");
    assertThat(r.workingDaysUsed()).isZero();
    assertThat(r.workingDaysLeft()).isEqualTo(5);
    assertThat(r.statutoryDaysLeft()).isEqualTo(20);
    assertThat(r.card()).isEqualTo(Card.NONE);
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-03-09"));
  }

  @Test
  void acrossTheSpringFestival() {
    // Accepted Tue 10 Feb; statutory 20 ends Mon 16 Mar (see WorkingCalendarTest); promised 4:
    // Wed 11 (1), Thu 12 (2), Fri 13 (3), make-up Sat 14 (4).
    ClockReading r = read("2026-02-10", 20, 4, "2026-02-24");
    assertThat(r.statutoryDeadline()).isEqualTo(d("2026-03-16"));
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-02-14"));
    // 11, 12, 13, 14 and Tue 24
    assertThat(r.workingDaysUsed()).isEqualTo(5);
    assertThat(r.card()).isEqualTo(Card.RED);
  }

  @Test
  void acrossTheYearEnd() {
    // Accepted Wed 24 Dec 2025; promised 5: Thu 25 (1), Fri 26 (2), Mon 29 (3), Tue 30 (4),
    // Wed 31 (5). Statutory 20: 1..3 Jan off, Sun 4 (6), 5..9 (11), 12..16 (16), 19..21 (19),
    // Thu 22 Jan (20).
    ClockReading r = read("2025-12-24", 20, 5, "2026-01-05");
    assertThat(r.promisedDeadline()).isEqualTo(d("2025-12-31"));
    assertThat(r.statutoryDeadline()).isEqualTo(d("2026-01-22"));
    assertThat(r.workingDaysUsed()).isEqualTo(7);
    assertThat(r.workingDaysLeft()).isEqualTo(-2);
    assertThat(r.statutoryDaysLeft()).isEqualTo(13);
  }

  @Test
  void aNationalDayWeekAcceptanceOnTheMakeUpSunday() {
    // Accepted on the make-up Sun 20 Sep; promised 5: Mon 21 (1), 22 (2), 23 (3), Thu 24 (4),
    // 中秋 25..27 off, Mon 28 (5).
    ClockReading r = read("2026-09-20", 20, 5, "2026-09-28");
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-09-28"));
    assertThat(r.workingDaysUsed()).isEqualTo(5);
  }

  // on the spot items

  @Test
  void dueTheSameDayAndNoCardThatDay() {
    ClockReading r = read("2026-03-02", 20, 0, "2026-03-02");
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-03-02"));
    assertThat(r.workingDaysLeft()).isZero();
    assertThat(r.card()).isEqualTo(Card.NONE);
  }

  @Test
  void redAfterOneWorkingDayNeverYellow() {
    ClockReading r = read("2026-03-02", 20, 0, "2026-03-03");
    assertThat(r.workingDaysUsed()).isEqualTo(1);
    assertThat(r.workingDaysLeft()).isEqualTo(-1);
    assertThat(r.card()).isEqualTo(Card.RED);
  }

  @Test
  void aFridayItemStaysWithoutCardOverTheWeekend() {
    // Fri 6 Mar; Sat 7 and Sun 8 are no working days
    assertThat(read("2026-03-06", 20, 0, "2026-03-08").card()).isEqualTo(Card.NONE);
    assertThat(read("2026-03-06", 20, 0, "2026-03-09").card()).isEqualTo(Card.RED);
  }

  // pauses

  @Test
  void aCorrectionAnsweredOnAHolidayRestartsOnTheNextWorkingDay() {
    // Accepted Mon 21 Sep; correction sent Thu 24 Sep, materials arrive Sat 3 Oct (国庆).
    // Counted: Tue 22 (1), Wed 23 (2); paused 24 Sep..3 Oct; 4..7 Oct off; Thu 8 (3), Fri 9 (4),
    // make-up Sat 10 (5), 12..16 Oct (10) -> promised 10 ends Fri 16 Oct;
    // 19..23 (15), 26..30 (20) -> statutory 20 ends Fri 30 Oct.
    assertThat(d("2026-09-21").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(d("2026-10-16").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    Pause pause = correction("2026-09-24", "2026-10-03");
    ClockReading r =
        clock.read(d("2026-09-21"), 20, 10, List.of(pause), List.of(), d("2026-10-09"));
    assertThat(r)
        .isEqualTo(
            new ClockReading(
                d("2026-09-21"), d("2026-10-30"), d("2026-10-16"), 4, 6, 16, false, Card.NONE));
  }

  @Test
  void theDayTheCorrectionIsSentDoesNotCount() {
    // Accepted Mon 2 Mar; correction sent Wed 4 Mar and still open on Wed 4: only Tue 3 counts
    ClockReading r =
        clock.read(
            d("2026-03-02"),
            20,
            10,
            List.of(correction("2026-03-04", null)),
            List.of(),
            d("2026-03-04"));
    assertThat(r.workingDaysUsed()).isEqualTo(1);
    assertThat(r.paused()).isTrue();
  }

  @Test
  void aRunningPauseGivesAProvisionalDeadlineThatMovesEachDay() {
    // Accepted Mon 2 Mar; correction since Thu 5 Mar, unanswered on Wed 11 Mar.
    // Used: Tue 3, Wed 4. Assumed to end today -> Thu 12 (3), Fri 13 (4), 16..20 (9), Mon 23
    // (10).
    Pause running = correction("2026-03-05", null);
    ClockReading r =
        clock.read(d("2026-03-02"), 20, 10, List.of(running), List.of(), d("2026-03-11"));
    assertThat(r.paused()).isTrue();
    assertThat(r.workingDaysUsed()).isEqualTo(2);
    assertThat(r.workingDaysLeft()).isEqualTo(8);
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-03-23"));
    assertThat(r.card()).isEqualTo(Card.NONE);

    ClockReading nextDay =
        clock.read(d("2026-03-02"), 20, 10, List.of(running), List.of(), d("2026-03-12"));
    assertThat(nextDay.workingDaysUsed()).isEqualTo(2);
    assertThat(nextDay.promisedDeadline()).isEqualTo(d("2026-03-24"));
  }

  @Test
  void aRunningPauseOverAWeekendMovesTheDeadlineToMonday() {
    // Same case read on Sat 14 Mar: restart assumed Sun 15 -> first counted day Mon 16 (3),
    // 16..20 (7), 23 (8), 24 (9), Wed 25 Mar (10)
    ClockReading r =
        clock.read(
            d("2026-03-02"),
            20,
            10,
            List.of(correction("2026-03-05", null)),
            List.of(),
            d("2026-03-14"));
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-03-25"));
  }

  @Test
  void twoPausesAndTheDragonBoatFestival() {
    // Accepted Mon 1 Jun; correction Wed 3..Fri 5 Jun; expert review Wed 10..Fri 12 Jun.
    // Counted: Tue 2 (1), Mon 8 (2), Tue 9 (3), 15..18 (7), 端午 Fri 19 off, 22 (8), 23 (9),
    // Wed 24 Jun (10). On Tue 30 Jun: ..24 (10), 25 (11), 26 (12), 29 (13), 30 (14).
    assertThat(d("2026-06-01").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    List<Pause> pauses =
        List.of(
            correction("2026-06-03", "2026-06-05"),
            new Pause(
                PauseKind.SPECIAL_STEP, "expertReview", d("2026-06-10"), d("2026-06-12"), "专家评审"));
    ClockReading r = clock.read(d("2026-06-01"), 20, 10, pauses, List.of(), d("2026-06-30"));
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-06-24"));
    assertThat(r.workingDaysUsed()).isEqualTo(14);
    assertThat(r.workingDaysLeft()).isEqualTo(-4);
    assertThat(r.statutoryDaysLeft()).isEqualTo(6);
    assertThat(r.paused()).isFalse();
    assertThat(r.card()).isEqualTo(Card.RED);
  }

  @Test
  void aPauseBeforeTheStartChangesNothing() {
    // Accepted Wed 27 May; a pause 20..25 May is over before. Thu 28 (1), Fri 29 (2), Mon 1 Jun
    // (3)
    ClockReading r =
        clock.read(
            d("2026-05-27"),
            20,
            3,
            List.of(correction("2026-05-20", "2026-05-25")),
            List.of(),
            d("2026-06-01"));
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-06-01"));
    assertThat(r.workingDaysUsed()).isEqualTo(3);
    assertThat(r.card()).isEqualTo(Card.YELLOW);
  }

  @Test
  void aPauseStraddlingTheStartCountsOnlyItsLaterDays() {
    // Accepted Tue 26 May; pause Mon 25..Thu 28 May -> Wed 27, Thu 28 don't count.
    // Fri 29 (1), Mon 1 Jun (2), Tue 2 Jun (3)
    ClockReading r =
        clock.read(
            d("2026-05-26"),
            20,
            3,
            List.of(correction("2026-05-25", "2026-05-28")),
            List.of(),
            d("2026-05-29"));
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-06-02"));
    assertThat(r.workingDaysUsed()).isEqualTo(1);
  }

  @Test
  void aOneDayPauseStopsTheClockForThatDay() {
    // Accepted Mon 2 Mar; materials asked and delivered on Wed 4: Tue 3, Thu 5, Fri 6 count
    ClockReading r =
        clock.read(
            d("2026-03-02"),
            20,
            3,
            List.of(correction("2026-03-04", "2026-03-04")),
            List.of(),
            d("2026-03-06"));
    assertThat(r.workingDaysUsed()).isEqualTo(3);
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-03-06"));
  }

  @Test
  void aPauseOverAWeekendOnlyChangesNothing() {
    // Accepted Mon 2 Mar, promised 10: 3..6 (4), 9..13 (9), Mon 16 (10), pause or not
    ClockReading r =
        clock.read(
            d("2026-03-02"),
            20,
            10,
            List.of(correction("2026-03-07", "2026-03-08")),
            List.of(),
            d("2026-03-09"));
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-03-16"));
    assertThat(r.workingDaysUsed()).isEqualTo(5);
  }

  @Test
  void aPauseMustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> correction("2026-03-05", "2026-03-04"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // extensions

  @Test
  void tenMoreDaysForBothLimitsOverQingming() {
    // Accepted Mon 2 Mar; statutory 20 + 10, promised 15 + 10.
    // 3..6 (4), 9..13 (9), 16..20 (14), 23..27 (19), Mon 30 (20), Tue 31 (21), 1..3 Apr (24),
    // 清明 4..6 Apr off, Tue 7 (25) -> promised ends Tue 7 Apr;
    // 8..10 (28), Mon 13 (29), Tue 14 Apr (30) -> statutory ends Tue 14 Apr.
    Extension tenDays = new Extension(10, "需要现场核查", "director", d("2026-03-25"));
    ClockReading r =
        clock.read(d("2026-03-02"), 20, 15, List.of(), List.of(tenDays), d("2026-04-07"));
    assertThat(r.statutoryDeadline()).isEqualTo(d("2026-04-14"));
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-04-07"));
    assertThat(r.workingDaysUsed()).isEqualTo(25);
    assertThat(r.workingDaysLeft()).isZero();
    assertThat(r.statutoryDaysLeft()).isEqualTo(5);
    assertThat(r.card()).isEqualTo(Card.YELLOW);
  }

  @Test
  void anExtensionTurnsARedCaseBack() {
    // Promised 5 from Mon 2 Mar, read Tue 10 Mar: 6 used -> red; with +10 the limit is 15
    Extension ext = new Extension(10, "复杂", "director", d("2026-03-09"));
    ClockReading r = clock.read(d("2026-03-02"), 20, 5, List.of(), List.of(ext), d("2026-03-10"));
    assertThat(r.workingDaysLeft()).isEqualTo(9);
    assertThat(r.statutoryDaysLeft()).isEqualTo(24);
    assertThat(r.card()).isEqualTo(Card.NONE);
  }

  @Test
  void extensionsAddUp() {
    // 0 + 2 + 3 = 5 promised days from Mon 2 Mar -> Mon 9 Mar
    ClockReading r =
        clock.read(
            d("2026-03-02"),
            20,
            0,
            List.of(),
            List.of(
                new Extension(2, "a", "director", null), new Extension(3, "b", "director", null)),
            d("2026-03-02"));
    assertThat(r.promisedDeadline()).isEqualTo(d("2026-03-09"));
  }

  @Test
  void anExtensionAddsAtLeastOneDay() {
    assertThatThrownBy(() -> new Extension(0, "none", "director", d("2026-03-02")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // cards

  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @CsvSource({
    "0, 20, NONE",
    "15, 20, NONE",
    "16, 20, YELLOW", // exactly 80 %
    "20, 20, YELLOW",
    "21, 20, RED",
    "3, 5, NONE",
    "4, 5, YELLOW", // exactly 80 %
    "0, 0, NONE",
    "1, 0, RED",
    "0, 1, NONE",
    "1, 1, YELLOW",
    "7, 9, NONE", // 7.2 needed
    "8, 9, YELLOW"
  })
  void againstALimit(int used, int limit, Card expected) {
    assertThat(clock.card(used, limit)).isEqualTo(expected);
  }

  @Test
  void seventyPercentOfTenIsExactlySeven() {
    // 0.7 * 10 is 7.000000000000001 in binary floating point; the rule means 7
    LegalClock seventy = new LegalClock(Calendars.official2026(), 0.7);
    assertThat(seventy.card(7, 10)).isEqualTo(Card.YELLOW);
    assertThat(seventy.card(6, 10)).isEqualTo(Card.NONE);
  }

  @Test
  void aShareOfOneShowsYellowOnlyOnTheLastDay() {
    LegalClock full = new LegalClock(Calendars.official2026(), 1.0);
    assertThat(full.card(19, 20)).isEqualTo(Card.NONE);
    assertThat(full.card(20, 20)).isEqualTo(Card.YELLOW);
    assertThat(full.card(21, 20)).isEqualTo(Card.RED);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.5, 1.01, Double.NaN})
  void theShareMustBeInZeroToOne(double share) {
    assertThatThrownBy(() -> new LegalClock(WorkingCalendar.weekendsOnly(), share))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idsAreLowerCase() {
    assertThat(Card.NONE.id()).isEqualTo("none");
    assertThat(Card.YELLOW.id()).isEqualTo("yellow");
    assertThat(Card.RED.id()).isEqualTo("red");
  }

  // steps

  @Test
  void aStepOverTheSpringFestival() {
    // Task created Thu 12 Feb, 3 days: Fri 13 (1), make-up Sat 14 (2), Tue 24 Feb (3)
    StepReading r = clock.readStep(d("2026-02-12"), 3, d("2026-02-24"));
    assertThat(r).isEqualTo(new StepReading(d("2026-02-12"), d("2026-02-24"), 3, 0, Card.YELLOW));
  }

  @Test
  void aStepOverdue() {
    StepReading r = clock.readStep(d("2026-02-12"), 3, d("2026-02-25"));
    assertThat(r.workingDaysUsed()).isEqualTo(4);
    assertThat(r.workingDaysLeft()).isEqualTo(-1);
    assertThat(r.card()).isEqualTo(Card.RED);
  }

  @Test
  void aStepInTime() {
    // Task created Mon 2 Mar, 5 days -> Mon 9 Mar; on Wed 4: Tue 3, Wed 4 used
    StepReading r = clock.readStep(d("2026-03-02"), 5, d("2026-03-04"));
    assertThat(r.deadline()).isEqualTo(d("2026-03-09"));
    assertThat(r.workingDaysUsed()).isEqualTo(2);
    assertThat(r.workingDaysLeft()).isEqualTo(3);
    assertThat(r.card()).isEqualTo(Card.NONE);
  }

  @Test
  void aStepReadBeforeItStarted() {
    StepReading r = clock.readStep(d("2026-03-02"), 5, d("2026-03-01"));
    assertThat(r.workingDaysUsed()).isZero();
    assertThat(r.card()).isEqualTo(Card.NONE);
  }

  @Test
  void negativeLimitsAreRefused() {
    assertThatThrownBy(() -> clock.readStep(d("2026-03-02"), -1, d("2026-03-02")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read("2026-03-02", -1, 5, "2026-03-02"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // five day window

  @Test
  void overNationalDay() {
    // Received Tue 29 Sep: Wed 30 (1), 1..7 Oct off, Thu 8 (2), Fri 9 (3), make-up Sat 10 (4),
    // Mon 12 Oct (5)
    assertThat(d("2026-09-29").getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(clock.windowDeadline(d("2026-09-29"), 5)).isEqualTo(d("2026-10-12"));
  }

  @Test
  void overLabourDay() {
    // Received Thu 30 Apr: 1..5 May off, Wed 6 (1), Thu 7 (2), Fri 8 (3), make-up Sat 9 (4),
    // Mon 11 May (5)
    assertThat(clock.windowDeadline(d("2026-04-30"), 5)).isEqualTo(d("2026-05-11"));
  }

  @Test
  void inAnOrdinaryWeek() {
    // Received Mon 9 Mar -> Mon 16 Mar
    assertThat(clock.windowDeadline(d("2026-03-09"), 5)).isEqualTo(d("2026-03-16"));
  }
}
