package cn.oneseal.domain.model.statistics;

import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.clock.LegalClock;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.model.statistics.StatisticsRepository.DecidedCase;
import cn.oneseal.domain.model.statistics.StatisticsRepository.StepTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures that need the working calendar, computed from the rows the repository reads: the
 * on-time and early-completion rates of decided cases, and the time of completed steps.
 */
public final class Tallies {

  private Tallies() {}

  /** The decided cases of one group and which of them were on time and early. */
  public record TimelinessTally(List<String> decided, List<String> onTime, List<String> early) {}

  public static Map<Group, TimelinessTally> timeliness(
      List<DecidedCase> cases, LegalClock clock, Function<DecidedCase, Group> groupOf) {
    Map<Group, TimelinessTally> tallies = new LinkedHashMap<>();
    for (DecidedCase c : cases) {
      Timeliness t =
          Timeliness.of(
              clock,
              c.clockStartedOn(),
              BureauTime.day(c.decidedAt()),
              c.statutoryDays(),
              c.promisedDays(),
              c.pauses(),
              c.extensions());
      TimelinessTally tally =
          tallies.computeIfAbsent(
              groupOf.apply(c),
              g -> new TimelinessTally(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
      tally.decided().add(c.number());
      if (t.onTime()) {
        tally.onTime().add(c.number());
      }
      if (t.early()) {
        tally.early().add(c.number());
      }
    }
    return tallies;
  }

  /**
   * The working days each completed step took, per group: the working days after the day its task
   * was created up to and including the day it was completed (a step done the day it began took 0).
   */
  public static Map<Group, List<Integer>> stepDays(
      List<StepTime> steps, WorkingCalendar calendar, Function<StepTime, Group> groupOf) {
    Map<Group, List<Integer>> days = new LinkedHashMap<>();
    for (StepTime s : steps) {
      days.computeIfAbsent(groupOf.apply(s), g -> new ArrayList<>())
          .add(calendar.workingDaysBetween(s.startedOn(), BureauTime.day(s.completedAt())));
    }
    return days;
  }
}
