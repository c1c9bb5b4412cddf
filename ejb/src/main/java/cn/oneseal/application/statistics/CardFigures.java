package cn.oneseal.application.statistics;

import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.StatisticsRepository;
import cn.oneseal.domain.model.statistics.TableBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Yellow and red cards: the cases the watch (电子监察) gave a yellow or a red card — for the whole case
 * or one of its steps — on a day within the period, each case counted once per colour and group. By
 * step, only the steps' own cards count.
 */
@ApplicationScoped
public class CardFigures implements FigureSource {

  @Inject private StatisticsRepository repository;

  @Override
  public void contribute(Window window, Dimension by, TableBuilder table) {
    if (by != null && !Figure.RED_CARDS.appliesTo(by)) {
      return;
    }
    repository
        .countCards(window.from(), window.to(), window.section(), by)
        .forEach(
            c ->
                table.add(
                    c.group(),
                    "red".equals(c.card()) ? Figure.RED_CARDS : Figure.YELLOW_CARDS,
                    c.cases()));
  }

  @Override
  public Optional<List<String>> cases(Window window, Dimension by, String key, Figure figure) {
    if (figure != Figure.YELLOW_CARDS && figure != Figure.RED_CARDS) {
      return Optional.empty();
    }
    return Optional.of(
        repository.numbersWithCard(
            window.from(),
            window.to(),
            window.section(),
            by,
            key,
            figure == Figure.RED_CARDS ? "red" : "yellow"));
  }
}
