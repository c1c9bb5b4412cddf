package cn.oneseal.application.statistics;

import cn.oneseal.application.CalendarService;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.StatisticsRepository;
import cn.oneseal.domain.model.statistics.StatisticsRepository.StepTime;
import cn.oneseal.domain.model.statistics.TableBuilder;
import cn.oneseal.domain.model.statistics.Tallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Time per step: the steps (tasks) a member of staff completed in the period — acceptance or its
 * refusal or correction notice, review, countersignature, special steps, decision — with the
 * working days from the task's creation to its completion, their count, median (p50) and 90th
 * percentile (p90). The person is the one who completed the step.
 */
@ApplicationScoped
public class StepTimeFigures implements FigureSource {

  /** The history actions that complete a step's task. */
  static final Set<String> COMPLETING =
      Set.of(
          "accepted",
          "correctionRequested",
          "refused",
          "reviewed",
          "countersigned",
          "countersignObjected",
          "specialStepCompleted",
          "approved",
          "denied");

  @Inject private StatisticsRepository repository;

  @Inject private CalendarService calendars;

  @Override
  public void contribute(Window window, Dimension by, TableBuilder table) {
    Tallies.stepDays(steps(window), calendars.calendar(), groupOf(by)).forEach(table::putStepTimes);
  }

  private List<StepTime> steps(Window window) {
    return repository.completedSteps(window.from(), window.to(), window.section(), COMPLETING);
  }

  static Function<StepTime, Group> groupOf(Dimension by) {
    if (by == null) {
      return s -> Group.TOTAL;
    }
    return switch (by) {
      case ITEM -> StepTime::item;
      case SECTION -> StepTime::section;
      case PERSON -> s -> Group.of(s.actor());
      case STEP -> s -> Group.of(s.step());
      case MONTH -> throw new IllegalArgumentException("months are asked for one by one");
    };
  }

  @Override
  public Optional<List<String>> cases(Window window, Dimension by, String key, Figure figure) {
    if (figure != Figure.STEPS && figure != Figure.STEP_P50 && figure != Figure.STEP_P90) {
      return Optional.empty();
    }
    Function<StepTime, Group> groupOf = groupOf(by);
    return Optional.of(
        steps(window).stream()
            .filter(s -> by == null || groupOf.apply(s).key().equals(key))
            .map(StepTime::number)
            .distinct()
            .sorted()
            .toList());
  }
}
