package cn.oneseal.domain.model.statistics;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One column of the statistics table. Every figure is counted by the date of its own event within
 * the period (docs/statistics.md has the definitions):
 *
 * <ul>
 *   <li>{@link #RECEIVED} — applications filed (the submission's time);
 *   <li>{@link #ACCEPTED} — accepted by the window's act (受理) or deemed accepted (视为受理), by the
 *       act's date;
 *   <li>{@link #REFUSED} — not accepted (不予受理), by the act's date;
 *   <li>{@link #DECIDED} — approved or denied by the director, by the decision's date;
 *   <li>{@link #WITHDRAWN} — withdrawn by the applicant, by the withdrawal's date;
 *   <li>{@link #ON_TIME_RATE} — of the cases decided in the period, the share decided within the
 *       statutory limit as the legal clock counts it (working days from the day after acceptance,
 *       pauses not counted, extensions added);
 *   <li>{@link #EARLY_RATE} — the share decided before the promised limit (承诺时限) of the item's
 *       version was used up: fewer working days used than promised (with extensions);
 *   <li>{@link #YELLOW_CARDS}, {@link #RED_CARDS} — cases that were given a yellow (red) card, for
 *       the case or one of its steps, by the date the watch gave it;
 *   <li>{@link #STEPS}, {@link #STEP_P50}, {@link #STEP_P90} — steps (tasks) completed in the
 *       period and the median and 90th percentile of their time in working days, from the task's
 *       creation to its completion.
 * </ul>
 *
 * <p><b>Adding a column</b> (e.g. the satisfaction rate of the service evaluation): one constant
 * here with its kind and the dimensions it applies to, and a {@code FigureSource} bean that puts
 * its values (and its cases, for the drill-down) into the table. The API, the page, the chart and
 * the three exports list {@code Figure.values()} and need no change; the bundles need the label
 * {@code statistics.figure.<id>}.
 */
public enum Figure {
  RECEIVED("received", Kind.COUNT, Dimension.ITEM, Dimension.SECTION, Dimension.MONTH),
  ACCEPTED(
      "accepted", Kind.COUNT, Dimension.ITEM, Dimension.SECTION, Dimension.PERSON, Dimension.MONTH),
  REFUSED(
      "refused", Kind.COUNT, Dimension.ITEM, Dimension.SECTION, Dimension.PERSON, Dimension.MONTH),
  DECIDED(
      "decided", Kind.COUNT, Dimension.ITEM, Dimension.SECTION, Dimension.PERSON, Dimension.MONTH),
  WITHDRAWN("withdrawn", Kind.COUNT, Dimension.ITEM, Dimension.SECTION, Dimension.MONTH),
  ON_TIME_RATE(
      "onTimeRate",
      Kind.RATE,
      Dimension.ITEM,
      Dimension.SECTION,
      Dimension.PERSON,
      Dimension.MONTH),
  EARLY_RATE(
      "earlyRate", Kind.RATE, Dimension.ITEM, Dimension.SECTION, Dimension.PERSON, Dimension.MONTH),
  YELLOW_CARDS(
      "yellowCards",
      Kind.COUNT,
      Dimension.ITEM,
      Dimension.SECTION,
      Dimension.STEP,
      Dimension.MONTH),
  RED_CARDS(
      "redCards", Kind.COUNT, Dimension.ITEM, Dimension.SECTION, Dimension.STEP, Dimension.MONTH),
  STEPS("steps", Kind.COUNT, Dimension.values()),
  STEP_P50("stepP50", Kind.WORKING_DAYS, Dimension.values()),
  STEP_P90("stepP90", Kind.WORKING_DAYS, Dimension.values()),
  /** 好差评: the ratings given in the period (by the date of the rating). */
  EVALUATIONS(
      "evaluations",
      Kind.COUNT,
      Dimension.ITEM,
      Dimension.SECTION,
      Dimension.PERSON,
      Dimension.MONTH),
  /** The share of those ratings at 3 (基本满意) or better. */
  SATISFACTION_RATE(
      "satisfactionRate",
      Kind.RATE,
      Dimension.ITEM,
      Dimension.SECTION,
      Dimension.PERSON,
      Dimension.MONTH),
  /**
   * 双公示: publications of decisions made in the period that missed their due day (7 working days) —
   * still pending after it, or published late. Bureau-wide (a publication has no section).
   */
  PUBLICATIONS_OVERDUE("publicationsOverdue", Kind.COUNT, Dimension.ITEM, Dimension.MONTH);

  /** How a figure's value reads: a count of cases, a percentage, or working days. */
  public enum Kind {
    COUNT,
    RATE,
    WORKING_DAYS
  }

  private final String id;
  private final Kind kind;
  private final Set<Dimension> dimensions;

  Figure(String id, Kind kind, Dimension... dimensions) {
    this.id = id;
    this.kind = kind;
    this.dimensions = EnumSet.copyOf(Arrays.asList(dimensions));
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Whether the figure means something when grouped so: a withdrawal or a filing is the applicant's
   * act and has no member of staff, an acceptance has no step card of its own, and so on.
   */
  public boolean appliesTo(Dimension dimension) {
    return dimensions.contains(dimension);
  }

  public static Optional<Figure> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }
}
