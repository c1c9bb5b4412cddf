package cn.oneseal.workflow.task;

import java.io.Serializable;

/**
 * What the inbox shows: all filters optional. {@code card} is none / yellow / red; {@code sort} is
 * {@code deadline} (soonest first, the default) or {@code created} (oldest first).
 */
public record InboxFilter(String itemCode, String step, String card, String sort)
    implements Serializable {

  public static InboxFilter all() {
    return new InboxFilter(null, null, null, null);
  }
}
