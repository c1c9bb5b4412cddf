package cn.oneseal.application;

import java.io.Serializable;

/**
 * Which slice of a list the caller wants: the 0-based {@code page} of {@code size} rows, ordered by
 * {@code sort} (one of the list's own sortable fields, or {@code null} for the list's natural
 * order). The web layer has already checked the numbers and the field; services only apply them.
 */
public record Paging(int page, int size, String sort, boolean descending) implements Serializable {

  public Paging {
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page " + page + ", size " + size);
    }
  }

  /** The first row of this page, counted over the whole list. */
  public int offset() {
    return Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE));
  }

  /** Whether the caller asked for an order of their own. */
  public boolean sorted() {
    return sort != null;
  }
}
