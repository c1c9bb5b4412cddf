package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * One push of an application's registration data to the department that receives one integrated
 * certificate (data sharing instead of a certificate of its own). A push is planned once, then
 * attempted until the department gives a receipt; every failed attempt is on record.
 */
@Entity
@Table(name = "department_push")
public class DepartmentPush {

  /** Where a push stands. */
  public enum Status {
    PENDING,
    FAILED,
    /** The department took the data (HTTP 202) and sends its receipt later, by callback. */
    AWAITING_RECEIPT,
    DELIVERED
  }

  /** What a receipt that arrives by callback did. */
  public enum ReceiptOutcome {
    RECORDED,
    ALREADY_RECORDED,
    CONFLICTING
  }

  static final int MAX_ERROR = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "certificate_code", nullable = false)
  @Size(max = 64)
  private String certificateCode;

  /**
   * The push's identity on the wire, fixed when it is planned (the outbox row): every attempt sends
   * the same, so a department deduplicates by it.
   */
  @Column(name = "push_id", nullable = false, unique = true, updatable = false)
  @Size(max = 36)
  private String pushId;

  @Column(name = "list_version", nullable = false)
  private int listVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = MAX_ERROR)
  @Size(max = 1000)
  private String lastError;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "receipt_number")
  @Size(max = 64)
  private String receiptNumber;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Version private long version;

  protected DepartmentPush() {}

  public DepartmentPush(String applicationNumber, String certificateCode, int listVersion) {
    this.applicationNumber = applicationNumber;
    this.certificateCode = certificateCode;
    this.listVersion = listVersion;
    this.status = Status.PENDING;
    this.pushId = UUID.randomUUID().toString();
  }

  /** The department took the data and will give its receipt by callback. */
  public void accepted(Instant now) {
    if (status == Status.DELIVERED || status == Status.AWAITING_RECEIPT) {
      return;
    }
    attempts++;
    status = Status.AWAITING_RECEIPT;
    lastAttemptAt = now;
  }

  /**
   * The department's receipt arrives by callback. The same receipt again changes nothing; another
   * receipt for a push already delivered is refused. A receipt may also overtake the answer of the
   * attempt that sent the push (the department is that quick): the push is delivered all the same.
   */
  public ReceiptOutcome receiptArrived(String receipt, Instant now) {
    if (status == Status.DELIVERED) {
      return receipt.equals(receiptNumber)
          ? ReceiptOutcome.ALREADY_RECORDED
          : ReceiptOutcome.CONFLICTING;
    }
    status = Status.DELIVERED;
    receiptNumber = receipt;
    deliveredAt = now;
    return ReceiptOutcome.RECORDED;
  }

  /** The department confirmed receipt; later attempts (a retried job) change nothing. */
  public void delivered(String receipt, Instant now) {
    if (status == Status.DELIVERED) {
      return;
    }
    attempts++;
    status = Status.DELIVERED;
    receiptNumber = receipt;
    deliveredAt = now;
    lastAttemptAt = now;
  }

  public void failed(String error, Instant now) {
    if (status == Status.DELIVERED || status == Status.AWAITING_RECEIPT) {
      return;
    }
    attempts++;
    status = Status.FAILED;
    lastError =
        error == null ? "?" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    lastAttemptAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getCertificateCode() {
    return certificateCode;
  }

  public String getPushId() {
    return pushId;
  }

  public int getListVersion() {
    return listVersion;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }
}
