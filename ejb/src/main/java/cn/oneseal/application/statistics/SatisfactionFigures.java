package cn.oneseal.application.statistics;

import cn.oneseal.domain.model.evaluation.EvaluationRepository;
import cn.oneseal.domain.model.evaluation.ServiceEvaluation;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.TableBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 好差评 in the statistics: the ratings given in the period (by the date of the rating) and the
 * satisfaction rate — the share rated 3 (基本满意) or better — per item, section and person (each
 * member of staff who acted on a case counts its rating; domain.md §8: a rating is tied to the case
 * and the staff).
 */
@ApplicationScoped
public class SatisfactionFigures implements FigureSource {

  /** The lowest level that counts as satisfied (基本满意). */
  static final int SATISFIED_FROM = ServiceEvaluation.NEGATIVE_UP_TO + 1;

  @Inject private EvaluationRepository evaluations;

  @Override
  public void contribute(Window window, Dimension by, TableBuilder table) {
    if (by != null && !Figure.SATISFACTION_RATE.appliesTo(by)) {
      return;
    }
    Map<String, long[]> tallies = new LinkedHashMap<>();
    for (ServiceEvaluation e : rated(window)) {
      for (String key : keys(e, by)) {
        long[] t = tallies.computeIfAbsent(key, k -> new long[2]);
        t[0]++;
        if (e.getLevel() >= SATISFIED_FROM) {
          t[1]++;
        }
      }
    }
    tallies.forEach(
        (key, t) -> {
          Group group = by == null ? Group.TOTAL : Group.of(key);
          table.add(group, Figure.EVALUATIONS, t[0]);
          table.put(group, Figure.SATISFACTION_RATE, TableBuilder.rate(t[1], t[0]));
        });
  }

  @Override
  public Optional<List<String>> cases(Window window, Dimension by, String key, Figure figure) {
    if (figure != Figure.EVALUATIONS && figure != Figure.SATISFACTION_RATE) {
      return Optional.empty();
    }
    if (by != null && !figure.appliesTo(by)) {
      return Optional.of(List.of());
    }
    return Optional.of(
        rated(window).stream()
            .filter(e -> by == null || keys(e, by).contains(key))
            .filter(e -> figure == Figure.EVALUATIONS || e.getLevel() >= SATISFIED_FROM)
            .map(ServiceEvaluation::getApplicationNumber)
            .sorted()
            .toList());
  }

  private List<ServiceEvaluation> rated(Window window) {
    return evaluations.ratedBetween(window.from(), window.to()).stream()
        .filter(e -> window.section() == null || window.section().equals(e.getSectionCode()))
        .toList();
  }

  private static List<String> keys(ServiceEvaluation e, Dimension by) {
    if (by == null) {
      return List.of("");
    }
    return switch (by) {
      case ITEM -> List.of(e.getItemCode());
      case SECTION -> List.of(String.valueOf(e.getSectionCode()));
      case PERSON -> List.copyOf(e.getHandlers());
      default -> List.of();
    };
  }
}
