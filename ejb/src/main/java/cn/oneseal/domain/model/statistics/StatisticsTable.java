package cn.oneseal.domain.model.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of a period ({@code from} to {@code to}, both days included, Beijing time),
 * grouped by one {@link Dimension}, restricted to one section or ({@code section} null) the whole
 * bureau; {@code total} is computed over the whole period without grouping, not summed from the
 * rows (a case decided by two people on a return counts once in the total).
 */
public record StatisticsTable(
    LocalDate from,
    LocalDate to,
    Dimension groupBy,
    String section,
    List<Figure> figures,
    List<StatisticsRow> rows,
    StatisticsRow total)
    implements Serializable {

  public StatisticsTable {
    figures = List.copyOf(figures);
    rows = List.copyOf(rows);
  }
}
