package cn.oneseal.application.statistics;

import cn.oneseal.application.CalendarService;
import cn.oneseal.domain.model.clock.LegalClock;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.StatisticsRepository;
import cn.oneseal.domain.model.statistics.StatisticsRepository.DecidedCase;
import cn.oneseal.domain.model.statistics.TableBuilder;
import cn.oneseal.domain.model.statistics.Tallies;
import cn.oneseal.domain.model.statistics.Tallies.TimelinessTally;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * On-time rate (按时办结率) and early-completion rate (提前办结率) of the cases decided (approved or denied)
 * in the period, read by the legal clock on the decision day ({@link
 * cn.oneseal.domain.model.statistics.Timeliness}); the person is the director who decided. The
 * drill-down of the on-time rate lists the cases decided on time, that of the early-completion rate
 * those completed early.
 */
@ApplicationScoped
public class TimelinessFigures implements FigureSource {

  @Inject private StatisticsRepository repository;

  @Inject private CalendarService calendars;

  @Inject private OneSealConfig config;

  @Override
  public void contribute(Window window, Dimension by, TableBuilder table) {
    if (by != null && !Figure.ON_TIME_RATE.appliesTo(by)) {
      return;
    }
    tallies(window, by)
        .forEach(
            (group, t) -> {
              table.put(
                  group,
                  Figure.ON_TIME_RATE,
                  TableBuilder.rate(t.onTime().size(), t.decided().size()));
              table.put(
                  group,
                  Figure.EARLY_RATE,
                  TableBuilder.rate(t.early().size(), t.decided().size()));
            });
  }

  private Map<Group, TimelinessTally> tallies(Window window, Dimension by) {
    List<DecidedCase> cases = repository.decidedCases(window.from(), window.to(), window.section());
    LegalClock clock = new LegalClock(calendars.calendar(), config.yellowShare());
    return Tallies.timeliness(cases, clock, groupOf(by));
  }

  static Function<DecidedCase, Group> groupOf(Dimension by) {
    if (by == null) {
      return c -> Group.TOTAL;
    }
    return switch (by) {
      case ITEM -> DecidedCase::item;
      case SECTION -> DecidedCase::section;
      case PERSON -> c -> Group.of(c.decidedBy());
      default -> throw new IllegalArgumentException("no timeliness by " + by);
    };
  }

  @Override
  public Optional<List<String>> cases(Window window, Dimension by, String key, Figure figure) {
    if (figure != Figure.ON_TIME_RATE && figure != Figure.EARLY_RATE) {
      return Optional.empty();
    }
    return Optional.of(
        tallies(window, by).entrySet().stream()
            .filter(e -> by == null || e.getKey().key().equals(key))
            .flatMap(
                e ->
                    (figure == Figure.ON_TIME_RATE ? e.getValue().onTime() : e.getValue().early())
                        .stream())
            .sorted()
            .toList());
  }
}
