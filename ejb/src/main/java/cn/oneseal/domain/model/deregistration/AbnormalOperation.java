package cn.oneseal.domain.model.deregistration;

import cn.oneseal.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One listing on the abnormal-operations list (经营异常名录) of the registration authority: the
 * business's credit code, why and since when; an administrator lists and removes it. A listed
 * business may not deregister on the simplified path.
 */
@Entity
@Table(name = "abnormal_operation")
public class AbnormalOperation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "credit_code", nullable = false)
  @Size(max = 18)
  private String creditCode;

  @Column(nullable = false)
  @Size(max = 512)
  private String reason;

  @Column(name = "listed_on", nullable = false)
  private LocalDate listedOn;

  @Column(name = "listed_by", nullable = false)
  @Size(max = 64)
  private String listedBy;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "removed_by")
  @Size(max = 64)
  private String removedBy;

  @Column(name = "removal_reason")
  @Size(max = 512)
  private String removalReason;

  protected AbnormalOperation() {}

  public AbnormalOperation(String creditCode, String reason, LocalDate listedOn, String listedBy) {
    this.creditCode = creditCode;
    this.reason = reason;
    this.listedOn = listedOn;
    this.listedBy = listedBy;
  }

  /** Takes the business off the list (移出经营异常名录). */
  public void remove(String by, String why, Instant now) {
    if (removedAt != null) {
      throw DomainException.conflict("error.abnormal.alreadyRemoved", String.valueOf(id));
    }
    this.removedAt = now;
    this.removedBy = by;
    this.removalReason = why;
  }

  /** Whether it lists the business on {@code day}. */
  public boolean listsOn(LocalDate day) {
    return removedAt == null && !listedOn.isAfter(day);
  }

  public Long getId() {
    return id;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getListedOn() {
    return listedOn;
  }

  public String getListedBy() {
    return listedBy;
  }

  public Instant getRemovedAt() {
    return removedAt;
  }

  public String getRemovalReason() {
    return removalReason;
  }
}
