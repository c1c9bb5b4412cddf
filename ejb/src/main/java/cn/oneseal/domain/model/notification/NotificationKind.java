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
  DEREGISTRATION("deregistration"),
  /** The applicant's application was accepted at the window (受理). */
  APPLICATION_ACCEPTED("applicationAccepted"),
  /** The window asks the applicant for corrections, once, with the list and the deadline. */
  CORRECTION_REQUESTED("correctionRequested"),
  /** The window refused to accept the application (不予受理). */
  APPLICATION_REFUSED("applicationRefused"),
  /** The director approved the application (准予许可). */
  APPLICATION_APPROVED("applicationApproved"),
  /** The director denied the application (不予许可). */
  APPLICATION_DENIED("applicationDenied"),
  /** The business licence was issued, with its credit code. */
  LICENCE_ISSUED("licenceIssued"),
  /** A deadline of the applicant's nears (the correction period's last day). */
  DEADLINE_NEAR("deadlineNear"),
  /** The correction period passed unanswered: the application is deemed withdrawn. */
  APPLICATION_DEEMED_WITHDRAWN("deemedWithdrawn");

  /** The kinds that tell an applicant about their own case; these also go out by SMS. */
  private static final java.util.Set<NotificationKind> TO_APPLICANT =
      java.util.EnumSet.of(
          APPLICATION_ACCEPTED,
          CORRECTION_REQUESTED,
          APPLICATION_REFUSED,
          APPLICATION_APPROVED,
          APPLICATION_DENIED,
          LICENCE_ISSUED,
          DEADLINE_NEAR,
          APPLICATION_DEEMED_WITHDRAWN);

  private final String id;

  NotificationKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether this kind tells an applicant about their own case (and so also goes by SMS). */
  public boolean toApplicant() {
    return TO_APPLICANT.contains(this);
  }

  public static NotificationKind ofId(String id) {
    return Arrays.stream(values())
        .filter(kind -> kind.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown notification kind: " + id));
  }
}
