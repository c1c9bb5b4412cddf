package cn.oneseal.application.statistics;

import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.StatisticsRepository;
import cn.oneseal.domain.model.statistics.TableBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Received, accepted, refused, decided, withdrawn: the cases with such an act in the case's history
 * dated within the period, counted once per group (a database count). The person of an act is its
 * actor: the clerk who accepted or refused, the director who decided (a deemed acceptance's actor
 * is {@code system}); filing and withdrawal are the applicant's acts and have no person.
 */
@ApplicationScoped
public class ActFigures implements FigureSource {

  /** The history actions each figure counts. */
  static final Map<Figure, Set<String>> ACTIONS = new LinkedHashMap<>();

  static {
    ACTIONS.put(Figure.RECEIVED, Set.of("submitted"));
    ACTIONS.put(Figure.ACCEPTED, Set.of("accepted", "deemedAccepted"));
    ACTIONS.put(Figure.REFUSED, Set.of("refused"));
    ACTIONS.put(Figure.DECIDED, Set.of("approved", "denied"));
    ACTIONS.put(Figure.WITHDRAWN, Set.of("withdrawn"));
  }

  @Inject private StatisticsRepository repository;

  @Override
  public void contribute(Window window, Dimension by, TableBuilder table) {
    ACTIONS.forEach(
        (figure, actions) -> {
          if (by == null || figure.appliesTo(by)) {
            repository
                .countActs(window.from(), window.to(), window.section(), by, actions)
                .forEach(c -> table.add(c.group(), figure, c.cases()));
          }
        });
  }

  @Override
  public Optional<List<String>> cases(Window window, Dimension by, String key, Figure figure) {
    Set<String> actions = ACTIONS.get(figure);
    if (actions == null) {
      return Optional.empty();
    }
    return Optional.of(
        repository.numbersOfActs(window.from(), window.to(), window.section(), by, key, actions));
  }
}
