package cn.oneseal.domain.model.credit;

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
 * The report of one licensing decision to the department that supervises the holder (审管联动): an
 * outbox row written in the decision's transaction, with the report id the department deduplicates
 * by, delivered afterwards by a retried job over the department's exchange channel.
 */
@Entity
@Table(name = "decision_report")
public class DecisionReport {

  /** Where the report stands. */
  public enum Status {
    PENDING,
    DELIVERED,
    AWAITING_RECEIPT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id", nullable = false, unique = true)
  @Size(max = 36)
  private String reportId;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "department_code", nullable = false)
  @Size(max = 32)
  private String departmentCode;

  @Column(name = "channel_code", nullable = false)
  @Size(max = 64)
  private String channelCode;

  @Column(nullable = false)
  @Size(max = 16)
  private String outcome;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  @Size(max = 1000)
  private String lastError;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "receipt_number")
  @Size(max = 64)
  private String receiptNumber;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected DecisionReport() {}

  public DecisionReport(
      String applicationNumber,
      String departmentCode,
      String channelCode,
      String outcome,
      Instant createdAt) {
    this.reportId = UUID.randomUUID().toString();
    this.applicationNumber = applicationNumber;
    this.departmentCode = departmentCode;
    this.channelCode = channelCode;
    this.outcome = outcome;
    this.createdAt = createdAt;
  }

  public boolean isSent() {
    return status != Status.PENDING;
  }

  public void delivered(String receipt, Instant at) {
    this.attempts++;
    this.lastAttemptAt = at;
    this.lastError = null;
    this.receiptNumber =
        receipt == null ? null : receipt.substring(0, Math.min(64, receipt.length()));
    this.deliveredAt = at;
    this.status = receipt == null ? Status.AWAITING_RECEIPT : Status.DELIVERED;
  }

  public void failed(String error, Instant at) {
    this.attempts++;
    this.lastAttemptAt = at;
    this.lastError = error == null ? null : error.substring(0, Math.min(1000, error.length()));
  }

  public Long getId() {
    return id;
  }

  public String getReportId() {
    return reportId;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public String getChannelCode() {
    return channelCode;
  }

  public String getOutcome() {
    return outcome;
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

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
