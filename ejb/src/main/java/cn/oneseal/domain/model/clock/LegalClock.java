package cn.oneseal.domain.model.clock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The legal clock of a licensing case (行政许可法 arts. 42, 45, 82). Time is counted in working days
 * from the day after the case was accepted (or a step began); the days of a pause — waiting for the
 * applicant's corrections, or a special step — do not count, both the day it starts and the day it
 * ends, so the clock restarts the day after the materials arrive or the step ends. Extensions
 * granted by the head lengthen the limits. A case is measured against its statutory limit and
 * against the shorter limit the bureau promises (承诺时限); the warning card follows the promise.
 */
public final class LegalClock {

  private final WorkingCalendar calendar;
  private final BigDecimal yellowShare;

  /**
   * @param yellowShare the share of a limit used at which the yellow card shows, e.g. 0.8; in (0,
   *     1]
   */
  public LegalClock(WorkingCalendar calendar, double yellowShare) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    if (!(yellowShare > 0 && yellowShare <= 1)) {
      throw new IllegalArgumentException("yellow share must be in (0, 1]: " + yellowShare);
    }
    // The decimal value as written (0.8, not 0.8000000000000000444), so 16 of 20 is exactly 80%.
    this.yellowShare = BigDecimal.valueOf(yellowShare);
  }

  /**
   * A case's reading on {@code today}: {@code startedOn} is its acceptance day, the limits are in
   * working days, pauses and extensions as recorded so far.
   */
  public ClockReading read(
      LocalDate startedOn,
      int statutoryDays,
      int promisedDays,
      List<Pause> pauses,
      List<Extension> extensions,
      LocalDate today) {
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(today, "today");
    List<Pause> stops = List.copyOf(Objects.requireNonNull(pauses, "pauses"));
    requireNotNegative(statutoryDays, "statutoryDays");
    requireNotNegative(promisedDays, "promisedDays");
    int extra =
        Objects.requireNonNull(extensions, "extensions").stream()
            .mapToInt(Extension::workingDays)
            .sum();
    int statutoryLimit = statutoryDays + extra;
    int promisedLimit = promisedDays + extra;
    int used = used(startedOn, stops, today);
    return new ClockReading(
        startedOn,
        deadline(startedOn, statutoryLimit, stops, today),
        deadline(startedOn, promisedLimit, stops, today),
        used,
        promisedLimit - used,
        statutoryLimit - used,
        stops.stream().anyMatch(Pause::running),
        card(used, promisedLimit));
  }

  /** A step's reading on {@code today}: steps have no pauses of their own. */
  public StepReading readStep(LocalDate startedOn, int limitDays, LocalDate today) {
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(today, "today");
    requireNotNegative(limitDays, "limitDays");
    int used = calendar.workingDaysBetween(startedOn, today);
    return new StepReading(
        startedOn,
        calendar.addWorkingDays(startedOn, limitDays),
        used,
        limitDays - used,
        card(used, limitDays));
  }

  /**
   * Red once more working days are used than the limit allows; yellow from the yellow share of a
   * limit on; a 0-day limit (即办件, decided at the window) is red after one working day and never
   * yellow.
   */
  public Card card(int used, int limit) {
    if (used > limit) {
      return Card.RED;
    }
    if (limit > 0
        && BigDecimal.valueOf(used).compareTo(yellowShare.multiply(BigDecimal.valueOf(limit)))
            >= 0) {
      return Card.YELLOW;
    }
    return Card.NONE;
  }

  /**
   * The last day of a window of {@code days} working days after {@code receivedOn}: the 5-day rule
   * for telling the applicant every missing material at once (art. 32), after which the application
   * counts as accepted.
   */
  public LocalDate windowDeadline(LocalDate receivedOn, int days) {
    return calendar.addWorkingDays(receivedOn, days);
  }

  private int used(LocalDate startedOn, List<Pause> pauses, LocalDate today) {
    int used = 0;
    for (LocalDate day = startedOn.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      if (counts(day, pauses, today)) {
        used++;
      }
    }
    return used;
  }

  /**
   * The day the count reaches {@code limit}. A running pause is taken to end today, so while it
   * runs the deadline is provisional and moves each day.
   */
  private LocalDate deadline(LocalDate startedOn, int limit, List<Pause> pauses, LocalDate today) {
    LocalDate day = startedOn;
    int counted = 0;
    while (counted < limit) {
      day = day.plusDays(1);
      if (counts(day, pauses, today)) {
        counted++;
      }
    }
    return day;
  }

  private boolean counts(LocalDate day, List<Pause> pauses, LocalDate today) {
    return calendar.isWorkingDay(day) && pauses.stream().noneMatch(p -> p.covers(day, today));
  }

  private static void requireNotNegative(int days, String name) {
    if (days < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + days);
    }
  }
}
