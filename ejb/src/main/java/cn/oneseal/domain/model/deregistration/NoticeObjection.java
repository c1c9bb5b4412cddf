package cn.oneseal.domain.model.deregistration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An objection (异议) to a simplified deregistration's public notice, by anyone. The objector's
 * contact is for the registration section only and never shown publicly; the client address is kept
 * as a hash only, for the rate limit.
 */
@Entity
@Table(name = "deregistration_objection")
public class NoticeObjection {

  public static final int NAME_LENGTH = 64;
  public static final int CONTACT_LENGTH = 128;
  public static final int REASON_LENGTH = 2000;

  /** What the registration section decided of the objection. */
  public enum Decision {
    /** 异议成立: the simplified path is refused. */
    SUSTAINED,
    /** 异议不成立: the deregistration continues. */
    DISMISSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "deregistration_id", nullable = false)
  private Long deregistrationId;

  @Column(name = "objector_name", nullable = false)
  @Size(max = NAME_LENGTH)
  private String objectorName;

  @Column(nullable = false)
  @Size(max = CONTACT_LENGTH)
  private String contact;

  @Column(nullable = false)
  @Size(max = REASON_LENGTH)
  private String reason;

  @Column(name = "address_hash", nullable = false)
  @Size(max = 64)
  private String addressHash;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(length = 16)
  private Decision decision;

  @Column(name = "decided_by")
  @Size(max = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected NoticeObjection() {}

  public NoticeObjection(
      Long deregistrationId,
      String objectorName,
      String contact,
      String reason,
      String addressHash,
      Instant filedAt) {
    this.deregistrationId = deregistrationId;
    this.objectorName = objectorName;
    this.contact = contact;
    this.reason = reason;
    this.addressHash = addressHash;
    this.filedAt = filedAt;
  }

  /** The registration section's decision, for an objection not yet decided. */
  public void decide(Decision decision, String by, Instant now) {
    if (this.decision == null) {
      this.decision = decision;
      this.decidedBy = by;
      this.decidedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getDeregistrationId() {
    return deregistrationId;
  }

  public String getObjectorName() {
    return objectorName;
  }

  public String getContact() {
    return contact;
  }

  public String getReason() {
    return reason;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public Decision getDecision() {
    return decision;
  }
}
