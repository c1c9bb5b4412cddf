package cn.oneseal.workflow.task;

import java.io.Serializable;
import java.time.Instant;

/**
 * A task of the inbox: the step ({@code acceptApplication} …), the application it belongs to and
 * who holds it ({@code null}: unclaimed, open to the step's group).
 */
public record WorkItem(
    String id,
    String step,
    String name,
    String applicationNumber,
    String itemCode,
    String itemNameZh,
    String itemNameEn,
    String applicant,
    String assignee,
    Instant created)
    implements Serializable {

  public boolean claimed() {
    return assignee != null;
  }
}
