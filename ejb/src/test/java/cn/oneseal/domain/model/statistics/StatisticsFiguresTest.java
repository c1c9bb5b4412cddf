package cn.oneseal.domain.model.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.clock.DayKind;
import cn.oneseal.domain.model.clock.Extension;
import cn.oneseal.domain.model.clock.LegalClock;
import cn.oneseal.domain.model.clock.Pause;
import cn.oneseal.domain.model.clock.PauseKind;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.model.statistics.StatisticsRepository.DecidedCase;
import cn.oneseal.domain.model.statistics.StatisticsRepository.StepTime;
import cn.oneseal.domain.model.statistics.Tallies.TimelinessTally;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The computations behind the statistics: percentiles, on time or early, grouping. */
class StatisticsFiguresTest {

  /** 2026: 1 to 3 October are a holiday (the National Day week, shortened for the test). */
  private static final WorkingCalendar CALENDAR =
      new WorkingCalendar(
          Map.of(
              LocalDate.of(2026, 10, 1), DayKind.HOLIDAY,
              LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
              LocalDate.of(2026, 10, 10), DayKind.WORKDAY));

  private static final LegalClock CLOCK = new LegalClock(CALENDAR, 0.8);

  private static final Group ITEM_A = new Group("A", "甲", "A");
  private static final Group ITEM_B = new Group("B", "乙", "B");
  private static final Group SECTION = new Group("S", "科", "S");

  @Test
  void percentilesAreNearestRank() {
    assertThat(Percentiles.nearestRank(List.of(4, 1, 3, 2), 50)).isEqualTo(2);
    assertThat(Percentiles.nearestRank(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).isEqualTo(9);
    assertThat(Percentiles.nearestRank(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 50)).isEqualTo(5);
    assertThat(Percentiles.nearestRank(List.of(7), 90)).isEqualTo(7);
    assertThat(Percentiles.nearestRank(List.of(0, 0, 12), 90)).isEqualTo(12);
    assertThat(Percentiles.nearestRank(List.of(), 50)).isNull();
    assertThatThrownBy(() -> Percentiles.nearestRank(List.of(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stepTimesCountWorkingDaysAfterTheStartDay() {
    // Wed 30 Sep → Mon 5 Oct: Thu 1 and Fri 2 are holidays, Sat 3 and Sun 4 a weekend: 1 day
    StepTime overHoliday =
        step("n1", ITEM_A, "reviewApplication", "officer", day(9, 30), day(10, 5));
    // Fri 9 Oct → Sat 10 Oct (a make-up working day): 1 day
    StepTime makeUp = step("n2", ITEM_A, "reviewApplication", "officer", day(10, 9), day(10, 10));
    // same day: 0
    StepTime sameDay = step("n3", ITEM_B, "acceptApplication", "clerk", day(10, 12), day(10, 12));
    // Mon 12 → Mon 19 Oct: 5 days
    StepTime week = step("n4", ITEM_B, "reviewApplication", "officer2", day(10, 12), day(10, 19));

    Map<Group, List<Integer>> byStep =
        Tallies.stepDays(
            List.of(overHoliday, makeUp, sameDay, week), CALENDAR, s -> Group.of(s.step()));
    assertThat(byStep.get(Group.of("reviewApplication"))).containsExactly(1, 1, 5);
    assertThat(byStep.get(Group.of("acceptApplication"))).containsExactly(0);

    Map<Group, List<Integer>> byPerson =
        Tallies.stepDays(
            List.of(overHoliday, makeUp, sameDay, week), CALENDAR, s -> Group.of(s.actor()));
    assertThat(byPerson.get(Group.of("officer"))).containsExactly(1, 1);

    TableBuilder table = new TableBuilder();
    byStep.forEach(table::putStepTimes);
    StatisticsRow review = table.row(Group.of("reviewApplication"));
    assertThat(review.value(Figure.STEPS)).isEqualByComparingTo("3");
    assertThat(review.value(Figure.STEP_P50)).isEqualByComparingTo("1");
    assertThat(review.value(Figure.STEP_P90)).isEqualByComparingTo("5");
    assertThat(table.rows())
        .extracting(r -> r.group().key())
        .containsExactly("acceptApplication", "reviewApplication");
  }

  @Test
  void onTimeAgainstTheStatutoryLimitEarlyAgainstThePromisedOne() {
    LocalDate accepted = LocalDate.of(2026, 9, 7); // a Monday
    // 20 statutory, 10 promised; decided after 10 working days: on time, not early
    assertThat(
            Timeliness.of(CLOCK, accepted, LocalDate.of(2026, 9, 21), 20, 10, List.of(), List.of()))
        .isEqualTo(new Timeliness(10, true, false));
    // after 9: on time and early
    assertThat(
            Timeliness.of(CLOCK, accepted, LocalDate.of(2026, 9, 18), 20, 10, List.of(), List.of()))
        .isEqualTo(new Timeliness(9, true, true));
    // after 20: on time (the last day counts)
    assertThat(
            Timeliness.of(CLOCK, accepted, LocalDate.of(2026, 10, 7), 20, 10, List.of(), List.of())
                .onTime())
        .isTrue();
    // after 21: late
    Timeliness late =
        Timeliness.of(CLOCK, accepted, LocalDate.of(2026, 10, 8), 20, 10, List.of(), List.of());
    assertThat(late).isEqualTo(new Timeliness(21, false, false));
  }

  @Test
  void pausesDoNotCountAndExtensionsLengthenBothLimits() {
    LocalDate accepted = LocalDate.of(2026, 9, 7);
    LocalDate decided = LocalDate.of(2026, 10, 8); // 21 working days after acceptance
    // five working days waiting for corrections (Mon 14 to Fri 18 Sep) do not count: 16 used
    Pause corrections =
        new Pause(
            PauseKind.CORRECTION,
            "submitCorrections",
            LocalDate.of(2026, 9, 14),
            LocalDate.of(2026, 9, 18),
            null);
    assertThat(Timeliness.of(CLOCK, accepted, decided, 20, 10, List.of(corrections), List.of()))
        .isEqualTo(new Timeliness(16, true, false));
    // ten days' extension by the director: 21 of 30 statutory and of 20 promised
    Extension ten = new Extension(10, "complex", "director", LocalDate.of(2026, 9, 20));
    assertThat(Timeliness.of(CLOCK, accepted, decided, 20, 10, List.of(), List.of(ten)))
        .isEqualTo(new Timeliness(21, true, false));
    Extension fifteen = new Extension(15, "complex", "director", LocalDate.of(2026, 9, 20));
    assertThat(Timeliness.of(CLOCK, accepted, decided, 20, 10, List.of(), List.of(fifteen)))
        .isEqualTo(new Timeliness(21, true, true));
  }

  @Test
  void timelinessIsTalliedPerGroupAndAsARate() {
    LocalDate accepted = LocalDate.of(2026, 9, 7);
    List<DecidedCase> cases =
        List.of(
            decided("a1", ITEM_A, "director", accepted, LocalDate.of(2026, 9, 18)), // early
            decided("a2", ITEM_A, "director", accepted, LocalDate.of(2026, 9, 21)), // on time
            decided("a3", ITEM_A, "director2", accepted, LocalDate.of(2026, 10, 8)), // late
            decided("b1", ITEM_B, "director2", accepted, LocalDate.of(2026, 9, 8))); // early
    Map<Group, TimelinessTally> byItem = Tallies.timeliness(cases, CLOCK, DecidedCase::item);
    assertThat(byItem.get(ITEM_A).decided()).containsExactly("a1", "a2", "a3");
    assertThat(byItem.get(ITEM_A).onTime()).containsExactly("a1", "a2");
    assertThat(byItem.get(ITEM_A).early()).containsExactly("a1");
    assertThat(TableBuilder.rate(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
    assertThat(TableBuilder.rate(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
    assertThat(TableBuilder.rate(0, 0)).isNull();

    Map<Group, TimelinessTally> byPerson =
        Tallies.timeliness(cases, CLOCK, c -> Group.of(c.decidedBy()));
    assertThat(byPerson.get(Group.of("director2")).decided()).containsExactly("a3", "b1");
    assertThat(byPerson.get(Group.of("director2")).onTime()).containsExactly("b1");
  }

  @Test
  void countsAddUpAndFiguresKnowTheirGroupings() {
    TableBuilder table = new TableBuilder();
    table.add(ITEM_B, Figure.RECEIVED, 2);
    table.add(ITEM_A, Figure.RECEIVED, 1);
    table.add(ITEM_A, Figure.RECEIVED, 3);
    table.put(ITEM_A, Figure.ON_TIME_RATE, null);
    assertThat(table.rows()).extracting(r -> r.group().key()).containsExactly("A", "B");
    assertThat(table.row(ITEM_A).value(Figure.RECEIVED)).isEqualByComparingTo("4");
    assertThat(table.row(ITEM_A).value(Figure.ON_TIME_RATE)).isNull();

    assertThat(Figure.RECEIVED.appliesTo(Dimension.PERSON)).isFalse();
    assertThat(Figure.WITHDRAWN.appliesTo(Dimension.PERSON)).isFalse();
    assertThat(Figure.DECIDED.appliesTo(Dimension.PERSON)).isTrue();
    assertThat(Figure.ON_TIME_RATE.appliesTo(Dimension.STEP)).isFalse();
    assertThat(Figure.STEP_P90.appliesTo(Dimension.STEP)).isTrue();
    assertThat(Dimension.fromId("section")).contains(Dimension.SECTION);
    assertThat(Dimension.fromId("Section")).isEmpty();
    assertThat(Figure.fromId("onTimeRate")).contains(Figure.ON_TIME_RATE);
  }

  private static DecidedCase decided(
      String number, Group item, String director, LocalDate accepted, LocalDate decided) {
    return new DecidedCase(
        number, item, SECTION, director, accepted, noon(decided), 20, 10, List.of(), List.of());
  }

  private static StepTime step(
      String number, Group item, String step, String actor, LocalDate from, LocalDate to) {
    return new StepTime(number, item, SECTION, step, actor, from, noon(to));
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  private static Instant noon(LocalDate day) {
    return day.atTime(LocalTime.NOON).atZone(BureauTime.ZONE).toInstant();
  }
}
