package cn.oneseal.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * A notice to one person about a task (assigned, urged, a yellow or red card…). It is written in
 * the transaction of the act that caused it, so it exists exactly when the act does; the e-mail
 * copy is sent afterwards and its outcome is kept here, so a failed delivery is visible, not lost.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** Column sizes of V12; longer texts are cut rather than failing the act that notifies. */
  public static final int DETAIL_LENGTH = 2000;

  public static final int EMAIL_ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  @Size(max = 64)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private NotificationKind kind;

  @Column(name = "application_number", length = 32)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "task_id", length = 64)
  @Size(max = 64)
  private String taskId;

  @Column(length = 200)
  @Size(max = 200)
  private String step;

  @Column(length = DETAIL_LENGTH)
  @Size(max = 2000)
  private String detail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "emailed_at")
  private Instant emailedAt;

  @Column(name = "email_error", length = EMAIL_ERROR_LENGTH)
  @Size(max = 1000)
  private String emailError;

  protected Notification() {}

  public Notification(
      String recipient,
      NotificationKind kind,
      String applicationNumber,
      String taskId,
      String step,
      String detail,
      Instant now) {
    if (recipient == null || recipient.isBlank()) {
      throw new IllegalArgumentException("a notification needs a recipient");
    }
    this.recipient = recipient;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.applicationNumber = applicationNumber;
    this.taskId = taskId;
    this.step = step;
    this.detail = cut(detail, DETAIL_LENGTH);
    this.createdAt = now;
  }

  /** Reading twice keeps the first time. */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public void recordEmailed(Instant now) {
    emailedAt = now;
    emailError = null;
  }

  public void recordEmailError(String error) {
    emailError = cut(error, EMAIL_ERROR_LENGTH);
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getStep() {
    return step;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Instant getEmailedAt() {
    return emailedAt;
  }

  public String getEmailError() {
    return emailError;
  }
}
