package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every list of the API answers one page: {@code items} of the 0-based {@code page} of {@code size}
 * rows, and the {@code total} rows of the whole list (docs/conventions.md, "Lists"), exact unless
 * {@code totalEstimated}.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalEstimated) {

  /** A page with the exact total of its list. */
  public Page(List<T> items, int page, int size, long total) {
    this(items, page, size, total, false);
  }

  /** A page the database cut (count + slice), with its rows turned into their JSON. */
  public static <S, T> Page<T> of(ResultPage<S> found, Paging paging, Function<S, T> json) {
    return new Page<>(
        found.items().stream().map(json).toList(),
        paging.page(),
        paging.size(),
        found.total(),
        found.estimated());
  }

  /**
   * A page cut from a list that is whole in memory already (small lists, or ones the service builds
   * from more than one source): sorted by the requested field's comparator, then sliced.
   */
  public static <T> Page<T> of(List<T> all, Paging paging, Map<String, Comparator<T>> sorts) {
    List<T> ordered = all;
    if (paging.sorted()) {
      Comparator<T> order = sorts.get(paging.sort());
      ordered = all.stream().sorted(paging.descending() ? order.reversed() : order).toList();
    }
    int from = Math.min(paging.offset(), ordered.size());
    int to = (int) Math.min((long) from + paging.size(), ordered.size());
    return new Page<>(
        List.copyOf(ordered.subList(from, to)), paging.page(), paging.size(), ordered.size());
  }

  /** An unsortable list kept in its natural order. */
  public static <T> Page<T> of(List<T> all, Paging paging) {
    return of(all, paging, Map.of());
  }
}
