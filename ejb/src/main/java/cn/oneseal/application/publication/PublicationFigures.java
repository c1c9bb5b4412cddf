package cn.oneseal.application.publication;

import cn.oneseal.application.statistics.FigureSource;
import cn.oneseal.application.statistics.Window;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.publication.Publication;
import cn.oneseal.domain.model.publication.PublicationRepository;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.TableBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 双公示 in the statistics: of the decisions made in the period, how many publications missed their
 * due day (pending after it, or published after it), per item (sanctions without an item count in
 * the total only). A publication has no section, so a section's statistics (a chief's) leave the
 * figure out.
 */
@ApplicationScoped
public class PublicationFigures implements FigureSource {

  private final PublicationRepository publications;

  private final Clock clock;

  @Inject
  PublicationFigures(PublicationRepository publications, Clock clock) {
    this.publications = publications;
    this.clock = clock;
  }

  /** For CDI's proxy. */
  protected PublicationFigures() {
    this.publications = null;
    this.clock = null;
  }

  @Override
  public void contribute(Window window, Dimension by, TableBuilder table) {
    if (window.section() != null || (by != null && !Figure.PUBLICATIONS_OVERDUE.appliesTo(by))) {
      return;
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Publication p : overdue(window)) {
      String key = by == null ? "" : p.getItemCode();
      if (key != null) {
        counts.merge(key, 1L, Long::sum);
      }
    }
    counts.forEach(
        (key, n) ->
            table.add(by == null ? Group.TOTAL : Group.of(key), Figure.PUBLICATIONS_OVERDUE, n));
  }

  @Override
  public Optional<List<String>> cases(Window window, Dimension by, String key, Figure figure) {
    if (figure != Figure.PUBLICATIONS_OVERDUE) {
      return Optional.empty();
    }
    if (window.section() != null || (by != null && !figure.appliesTo(by))) {
      return Optional.of(List.of());
    }
    return Optional.of(
        overdue(window).stream()
            .filter(p -> by == null || Objects.equals(p.getItemCode(), key))
            .map(Publication::getApplicationNumber)
            .filter(Objects::nonNull)
            .sorted()
            .toList());
  }

  private List<Publication> overdue(Window window) {
    LocalDate today = BureauTime.day(clock.instant());
    return publications
        .decidedBetween(BureauTime.day(window.from()), BureauTime.day(window.to()))
        .stream()
        .filter(p -> p.isOverdue(today))
        .toList();
  }
}
