package cn.oneseal.domain.model.forecast;

import cn.oneseal.domain.model.clock.WorkingCalendar;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When an open case will likely be decided (预计办结), read from the past: of the recent cases of the
 * same item version that were decided after passing the step this case is at, the working days from
 * entering that step to the decision. Half of them took at most {@code p50Days}, nine in ten at
 * most {@code p90Days}; counted from the day this case entered the step, that gives {@link #p50()}
 * and {@link #p90()}. It is an expectation, not a promise: the statutory and promised deadlines of
 * the legal clock remain what the bureau owes.
 *
 * <p>Working days, because the bureau works and the law counts (行政许可法 Art. 82) in working days: a
 * case that entered a step on a Friday and was decided on the Monday took one day of work, and a
 * week of holidays in the past must not lengthen every estimate after it.
 *
 * @param fromStep the step (BPMN task id) the case is at and the past cases passed
 * @param p50 the day by which half of the past cases were decided, counted from this case's entry
 * @param p90 the day by which nine in ten were
 * @param basis how many past cases the estimate rests on
 */
public record CompletionEstimate(
    String fromStep, LocalDate p50, LocalDate p90, int p50Days, int p90Days, int basis)
    implements Serializable {

  /**
   * Below this many past cases there is no estimate. With fewer than ten cases the 90 % quantile is
   * the single slowest case (nearest rank ⌈0.9·n⌉ = n for n &lt; 10): it would say "nine in ten" of
   * something that is one case; from ten on it no longer is.
   */
  public static final int MIN_BASIS = 10;

  /**
   * The most recent decided cases of an item version that are looked at: recent enough to follow a
   * change of how the bureau works, and a bounded read however many cases there are.
   */
  public static final int WINDOW = 500;

  /** A past case: the day it entered the step and the day it was decided (bureau days). */
  public record PastCase(LocalDate enteredStep, LocalDate decided) {

    public PastCase {
      Objects.requireNonNull(enteredStep, "enteredStep");
      Objects.requireNonNull(decided, "decided");
    }
  }

  /**
   * The estimate for a case that entered {@code step} on {@code enteredOn}, from past cases that
   * passed the same step (the caller chose them: same item version, same step); empty below {@link
   * #MIN_BASIS}. A day that lies before {@code today} — this case has already waited longer than
   * the past cases took — is given as {@code today}: the past says nothing about a day gone by.
   */
  public static Optional<CompletionEstimate> of(
      String step,
      LocalDate enteredOn,
      List<PastCase> past,
      WorkingCalendar calendar,
      LocalDate today) {
    if (past.size() < MIN_BASIS) {
      return Optional.empty();
    }
    int[] days =
        past.stream()
            .mapToInt(p -> calendar.workingDaysBetween(p.enteredStep(), p.decided()))
            .sorted()
            .toArray();
    int p50 = quantile(days, 0.5);
    int p90 = quantile(days, 0.9);
    return Optional.of(
        new CompletionEstimate(
            step,
            notBefore(calendar.addWorkingDays(enteredOn, p50), today),
            notBefore(calendar.addWorkingDays(enteredOn, p90), today),
            p50,
            p90,
            days.length));
  }

  /**
   * The nearest-rank quantile of sorted values: the smallest value such that at least {@code q} of
   * them are at most it (so "half of the cases were decided within it" holds exactly).
   */
  static int quantile(int[] sorted, double q) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }

  private static LocalDate notBefore(LocalDate day, LocalDate today) {
    return day.isBefore(today) ? today : day;
  }
}
