package cn.oneseal.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read from the database, with the number of rows of the whole list, so that a
 * client can show "page 2 of 7" without reading the rest.
 */
public record ResultPage<T>(List<T> items, long total) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
    return new ResultPage<>(items.stream().<R>map(mapper).toList(), total);
  }
}
