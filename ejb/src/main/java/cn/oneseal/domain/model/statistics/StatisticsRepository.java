package cn.oneseal.domain.model.statistics;

import cn.oneseal.domain.model.clock.Extension;
import cn.oneseal.domain.model.clock.Pause;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the statistics read from the records: counts grouped in the database, and for what needs the
 * working calendar (the legal clock, step times in working days) small projections — never whole
 * application entities. Every method takes the half-open interval {@code [from, to)} and the one
 * section to keep ({@code null}: every section); {@code by} {@code null} counts everything in one
 * group. {@link Dimension#MONTH} is not a database grouping: the service asks month by month.
 */
public interface StatisticsRepository {

  /** The number of cases per group with a history act of {@code actions} in the interval. */
  record ActCount(Group group, long cases) {}

  /** The number of cases per group that were given {@code card} in the interval. */
  record CardCount(Group group, String card, long cases) {}

  /** A case decided (approved or denied) in the interval, with what its legal clock needs. */
  record DecidedCase(
      String number,
      Group item,
      Group section,
      String decidedBy,
      LocalDate clockStartedOn,
      Instant decidedAt,
      int statutoryDays,
      int promisedDays,
      List<Pause> pauses,
      List<Extension> extensions) {}

  /**
   * A step (task) completed in the interval: who completed it, the day its step clock started (the
   * task's creation, on the bureau's clock) and when it was completed.
   */
  record StepTime(
      String number,
      Group item,
      Group section,
      String step,
      String actor,
      LocalDate startedOn,
      Instant completedAt) {}

  List<ActCount> countActs(
      Instant from, Instant to, String section, Dimension by, Set<String> actions);

  /** The numbers of the cases behind an {@link #countActs} group ({@code key} of {@code by}). */
  List<String> numbersOfActs(
      Instant from, Instant to, String section, Dimension by, String key, Set<String> actions);

  List<CardCount> countCards(Instant from, Instant to, String section, Dimension by);

  List<String> numbersWithCard(
      Instant from, Instant to, String section, Dimension by, String key, String card);

  List<DecidedCase> decidedCases(Instant from, Instant to, String section);

  List<StepTime> completedSteps(Instant from, Instant to, String section, Set<String> actions);
}
