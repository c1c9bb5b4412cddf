package cn.oneseal.domain.model.statistics;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the statistics table groups by (docs/statistics.md): the item (事项), the section (科室) that
 * handles it, the person who did the act (the member of staff who completed the step), the step
 * itself (to find the bottleneck), or the calendar month (Beijing time) in which the event
 * happened.
 */
public enum Dimension {
  ITEM("item"),
  SECTION("section"),
  PERSON("person"),
  STEP("step"),
  MONTH("month");

  private final String id;

  Dimension(String id) {
    this.id = id;
  }

  /** The name used in the API's {@code groupBy} and in the bundles. */
  public String id() {
    return id;
  }

  public static Optional<Dimension> fromId(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }
}
