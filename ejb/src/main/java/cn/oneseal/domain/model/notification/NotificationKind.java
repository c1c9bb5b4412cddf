package cn.oneseal.domain.model.notification;

import java.util.Arrays;

/**
 * Why a person is told something about a task. The {@link #id()} is what the API, the bundles and
 * the mail text use; the database stores the enum name.
 */
public enum NotificationKind {
  TASK_ASSIGNED("taskAssigned"),
  TASK_URGED("taskUrged"),
  TASK_TRANSFERRED("taskTransferred"),
  TASK_DELEGATED("taskDelegated"),
  TASK_RETURNED("taskReturned"),
  CARD_YELLOW("cardYellow"),
  CARD_RED("cardRed"),
  /** A deregistration moved on: its notice ended, it lapsed or its simple path was refused. */
  DEREGISTRATION("deregistration");

  private final String id;

  NotificationKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static NotificationKind ofId(String id) {
    return Arrays.stream(values())
        .filter(kind -> kind.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown notification kind: " + id));
  }
}
