package cn.oneseal.application;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list read from the database, with the number of rows of the whole list, so that a
 * client can show "page 2 of 7" without reading the rest. The total is exact unless {@code
 * estimated}: only a list over every row of a very large table answers the planner's estimate
 * ({@link #estimatedOr}).
 */
public record ResultPage<T>(List<T> items, long total, boolean estimated) {

  /**
   * From this many rows on, the whole of a table is not counted but estimated: counting 1,000,000
   * applications took 55–140 ms on every read of the supervisors' unfiltered list, growing with the
   * cases (docs/performance.md, "The unfiltered total"), while nobody reads a total that large to
   * the last digit. Below it, every total is exact.
   */
  public static final long ESTIMATED_FROM = 100_000;

  public ResultPage {
    items = List.copyOf(items);
  }

  /** A page with its exact total. */
  public ResultPage(List<T> items, long total) {
    this(items, total, false);
  }

  /**
   * A page whose total agrees with its rows while others write: a page shorter than asked for is
   * the last one, so its total is known without counting — counting in a second statement could see
   * a row the first did not (a new publication between the two reads answered "total 1" with no
   * rows). A full page, or an empty one past the first, is counted.
   */
  public static <T> ResultPage<T> of(List<T> items, Paging paging, LongSupplier count) {
    boolean lastPage = items.size() < paging.size() && (!items.isEmpty() || paging.offset() == 0);
    return new ResultPage<>(
        items, lastPage ? (long) paging.offset() + items.size() : count.getAsLong());
  }

  /**
   * A page of a list over every row of a table: with the database's {@code estimate} of the rows as
   * its total where there is one of at least {@link #ESTIMATED_FROM}, otherwise as {@link #of}.
   */
  public static <T> ResultPage<T> estimatedOr(
      List<T> items, Paging paging, OptionalLong estimate, LongSupplier count) {
    if (estimate.isPresent() && estimate.getAsLong() >= ESTIMATED_FROM) {
      return new ResultPage<>(items, estimate.getAsLong(), true);
    }
    return of(items, paging, count);
  }

  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
    return new ResultPage<>(items.stream().<R>map(mapper).toList(), total, estimated);
  }
}
