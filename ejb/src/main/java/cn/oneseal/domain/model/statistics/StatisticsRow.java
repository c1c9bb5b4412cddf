package cn.oneseal.domain.model.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the statistics table: its group and a value for each figure that applies to the
 * grouping; a figure without value (no case to measure, e.g. a rate of no decided case) is absent.
 */
public record StatisticsRow(Group group, Map<Figure, BigDecimal> values) implements Serializable {

  public StatisticsRow {
    EnumMap<Figure, BigDecimal> copy = new EnumMap<>(Figure.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  /** The figure's value, or {@code null} when it has none. */
  public BigDecimal value(Figure figure) {
    return values.get(figure);
  }
}
