package cn.oneseal.application.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.application.statistics.Window;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.model.publication.DecidedCase;
import cn.oneseal.domain.model.publication.Publication;
import cn.oneseal.domain.model.publication.PublicationFilter;
import cn.oneseal.domain.model.publication.PublicationRepository;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.TableBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The statistics count the publications that missed their due day, per item. */
class PublicationFiguresTest {

  private static final LocalDate DECIDED = LocalDate.of(2026, 12, 4); // due 15 December

  private final Publication late = licensing("A", "X1");
  private final Publication pendingLong = licensing("A", "X2");
  private final Publication onTime = licensing("B", "X3");

  private final PublicationFigures figures =
      new PublicationFigures(
          new Repository(List.of(late, pendingLong, onTime)),
          Clock.fixed(Instant.parse("2026-12-20T02:00:00Z"), BureauTime.ZONE));

  PublicationFiguresTest() {
    late.publish(Instant.parse("2026-12-16T02:00:00Z"));
    onTime.publish(Instant.parse("2026-12-07T02:00:00Z"));
  }

  @Test
  void latePublicationsAndThosePendingPastTheirDueDayCountPerItem() {
    TableBuilder byItem = new TableBuilder();
    figures.contribute(window(null), Dimension.ITEM, byItem);
    assertThat(byItem.row(Group.of("A")).values().get(Figure.PUBLICATIONS_OVERDUE))
        .isEqualByComparingTo(BigDecimal.valueOf(2));
    assertThat(byItem.row(Group.of("B")).values().get(Figure.PUBLICATIONS_OVERDUE)).isNull();
    assertThat(figures.cases(window(null), Dimension.ITEM, "A", Figure.PUBLICATIONS_OVERDUE))
        .contains(List.of("X1", "X2"));
  }

  @Test
  void aSectionsStatisticsLeaveTheFigureOut() {
    TableBuilder table = new TableBuilder();
    figures.contribute(window("MARKET_ACCESS"), null, table);
    assertThat(table.row(Group.TOTAL).values().get(Figure.PUBLICATIONS_OVERDUE)).isNull();
  }

  private static Window window(String section) {
    return new Window(
        LocalDate.of(2026, 12, 1).atStartOfDay(BureauTime.ZONE).toInstant(),
        BureauTime.endOf(LocalDate.of(2026, 12, 31)),
        section);
  }

  private static Publication licensing(String item, String number) {
    return new Publication(
        Publication.Kind.LICENSING,
        "case:" + number,
        number,
        new Publication.Item(item, item, item),
        new Publication.Holder("某公司", false, "91140100MA0K0A1B2C"),
        null,
        "BUREAU",
        null,
        DECIDED,
        WorkingCalendar.weekendsOnly(),
        Instant.EPOCH);
  }

  private record Repository(List<Publication> all) implements PublicationRepository {
    @Override
    public void add(Publication publication) {}

    @Override
    public Optional<Publication> bySourceKey(String sourceKey) {
      return Optional.empty();
    }

    @Override
    public List<DecidedCase> approvedWithoutPublication(int limit) {
      return List.of();
    }

    @Override
    public Optional<DecidedCase> decidedCase(String number) {
      return Optional.empty();
    }

    @Override
    public List<Publication> pending(int limit) {
      return List.of();
    }

    @Override
    public List<Publication> published(
        PublicationFilter filter, String order, boolean descending, int offset, int limit) {
      return List.of();
    }

    @Override
    public long countPublished(PublicationFilter filter) {
      return 0;
    }

    @Override
    public List<Publication> overdue(LocalDate today, int offset, int limit) {
      return List.of();
    }

    @Override
    public long countOverdue(LocalDate today) {
      return 0;
    }

    @Override
    public List<Publication> decidedBetween(LocalDate from, LocalDate until) {
      return all.stream()
          .filter(p -> !p.getDecidedOn().isBefore(from) && p.getDecidedOn().isBefore(until))
          .toList();
    }

    @Override
    public List<Publication> allPublished() {
      return List.of();
    }
  }
}
