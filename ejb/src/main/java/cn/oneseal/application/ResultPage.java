package cn.oneseal.application;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list read from the database, with the number of rows of the whole list, so that a
 * client can show "page 2 of 7" without reading the rest.
 */
public record ResultPage<T>(List<T> items, long total) {

  public ResultPage {
    items = List.copyOf(items);
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

  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
    return new ResultPage<>(items.stream().<R>map(mapper).toList(), total);
  }
}
