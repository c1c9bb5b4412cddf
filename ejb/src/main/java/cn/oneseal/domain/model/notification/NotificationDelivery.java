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
 * One delivery of a notification on one channel (the notification log): in the app's list, by
 * e-mail, by SMS. At most one per notification and channel (a unique key), so a retried delivery
 * can never be logged — or, for SMS, sent — twice. A phone number is kept only masked.
 */
@Entity
@Table(name = "notification_delivery")
public class NotificationDelivery {

  /** Column size of V32; a longer message is cut rather than failing the delivery. */
  public static final int MESSAGE_LENGTH = 2000;

  /** Where a notice was delivered. */
  public enum Channel {
    IN_APP,
    MAIL,
    SMS
  }

  /** What became of the delivery. */
  public enum Status {
    /** Handed to the channel (listed in the app, taken by the mail server or the SMS gateway). */
    SENT,
    /** Not sent: the account chose not to get this channel, or has no address for it. */
    SKIPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "notification_id", nullable = false)
  private long notificationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(length = 256)
  @Size(max = 256)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(length = MESSAGE_LENGTH)
  @Size(max = MESSAGE_LENGTH)
  private String message;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected NotificationDelivery() {}

  public NotificationDelivery(
      long notificationId,
      Channel channel,
      String address,
      Status status,
      String message,
      Instant now) {
    this.notificationId = notificationId;
    this.channel = Objects.requireNonNull(channel, "channel");
    this.address = address;
    this.status = Objects.requireNonNull(status, "status");
    this.message =
        message == null || message.length() <= MESSAGE_LENGTH
            ? message
            : message.substring(0, MESSAGE_LENGTH);
    this.createdAt = now;
  }

  /**
   * A mainland mobile number as the log shows it: the first three and the last four digits ({@code
   * 138****0001}); anything shorter than eight characters is masked whole.
   */
  public static String maskPhone(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    String p = phone.strip();
    if (p.length() < 8) {
      return "*".repeat(p.length());
    }
    return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
  }

  public Long getId() {
    return id;
  }

  public long getNotificationId() {
    return notificationId;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getAddress() {
    return address;
  }

  public Status getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
