package cn.oneseal.workflow.task;

import java.io.Serializable;

/**
 * What the inbox shows: all filters optional. {@code card} is none / yellow / red; {@code sort} is
 * {@code deadline} (soonest first, the default) or {@code created} (oldest first); {@code holder}
 * is {@code mine} (the tasks I hold), {@code unclaimed} or {@code null} (both, and those I
 * delegated).
 */
public record InboxFilter(String itemCode, String step, String card, String sort, String holder)
    implements Serializable {

  public InboxFilter(String itemCode, String step, String card, String sort) {
    this(itemCode, step, card, sort, null);
  }

  public static InboxFilter all() {
    return new InboxFilter(null, null, null, null, null);
  }

  /** The same filter for the tasks of one holder ({@code mine}, {@code unclaimed}, or all). */
  public InboxFilter withHolder(String holder) {
    return new InboxFilter(itemCode, step, card, sort, holder);
  }
}
