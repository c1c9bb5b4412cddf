package cn.oneseal.domain.model.statistics;

import java.util.Collection;
import java.util.Objects;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n values is the value at rank
 * ⌈p/100 · n⌉ of the values sorted ascending (the median of 1, 2, 3, 4 is 2; of 1 … 10 the 90th
 * percentile is 9). Always one of the measured values, so a step time reads as whole working days.
 */
public final class Percentiles {

  private Percentiles() {}

  /** The {@code p}-th percentile (1–100) of {@code values}; {@code null} when there are none. */
  public static Integer nearestRank(Collection<Integer> values, int p) {
    Objects.requireNonNull(values, "values");
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("p must be in 1..100: " + p);
    }
    if (values.isEmpty()) {
      return null;
    }
    int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
