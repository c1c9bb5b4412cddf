package cn.oneseal.domain.model.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the figures of each group as the sources put them in, and answers the rows in the order
 * of their keys. Counts add up; a rate or a percentile is put once per group.
 */
public final class TableBuilder {

  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<String, EnumMap<Figure, BigDecimal>> values = new LinkedHashMap<>();

  /** Adds {@code n} to a count of the group. */
  public void add(Group group, Figure figure, long n) {
    cells(group).merge(figure, BigDecimal.valueOf(n), BigDecimal::add);
  }

  /** Sets a value of the group; {@code null} leaves the figure without value. */
  public void put(Group group, Figure figure, BigDecimal value) {
    EnumMap<Figure, BigDecimal> cells = cells(group);
    if (value != null) {
      cells.put(figure, value);
    }
  }

  /** A percentage with one decimal: {@code part} of {@code whole}; {@code null} of nothing. */
  public static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** Puts the steps' count and their median and 90th percentile in working days. */
  public void putStepTimes(Group group, Collection<Integer> workingDays) {
    add(group, Figure.STEPS, workingDays.size());
    Integer p50 = Percentiles.nearestRank(workingDays, 50);
    Integer p90 = Percentiles.nearestRank(workingDays, 90);
    put(group, Figure.STEP_P50, p50 == null ? null : BigDecimal.valueOf(p50));
    put(group, Figure.STEP_P90, p90 == null ? null : BigDecimal.valueOf(p90));
  }

  private EnumMap<Figure, BigDecimal> cells(Group group) {
    // a group named by its key alone gives way to the same group with its names
    groups.merge(group.key(), group, (known, other) -> known.isBare() ? other : known);
    return values.computeIfAbsent(group.key(), k -> new EnumMap<>(Figure.class));
  }

  /** The row of one group (empty when nothing was put in for it). */
  public StatisticsRow row(Group group) {
    return new StatisticsRow(group, values.getOrDefault(group.key(), new EnumMap<>(Figure.class)));
  }

  /** The rows, by key. */
  public List<StatisticsRow> rows() {
    List<StatisticsRow> rows = new ArrayList<>();
    groups.values().stream()
        .sorted(Comparator.comparing(Group::key))
        .forEach(g -> rows.add(new StatisticsRow(g, values.get(g.key()))));
    return rows;
  }
}
