package cn.oneseal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One line of the audit trail: who did what to which record, when, from where. Written once, never
 * changed. A line about a case carries its number; a {@link #READ} line records that a member of
 * staff or a supervisor read the case's data, with their role, staff number and the purpose (the
 * step that was open), which the applicant sees.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  @Size(max = 64)
  private String actor;

  @Column(nullable = false)
  @Size(max = 64)
  private String action;

  @Column(name = "subject_type", nullable = false)
  @Size(max = 64)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  @Size(max = 128)
  private String subjectId;

  @Column(length = 4000)
  @Size(max = 4000)
  private String detail;

  /** {@link #ACT} or {@link #READ}. */
  @Column(nullable = false, length = 8)
  @Size(max = 8)
  private String kind = ACT;

  @Column(name = "application_number", length = 32)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "actor_role", length = 16)
  @Size(max = 16)
  private String actorRole;

  @Column(name = "staff_number", length = 32)
  @Size(max = 32)
  private String staffNumber;

  @Column(length = 64)
  @Size(max = 64)
  private String purpose;

  @Column(length = 64)
  @Size(max = 64)
  private String source;

  /** Someone did something. */
  public static final String ACT = "act";

  /** Someone read a case's data. */
  public static final String READ = "read";

  /** The subject type of a line about an application. */
  public static final String APPLICATION = "application";

  protected AuditEntry() {}

  /** An act on the case {@code number}. */
  public static AuditEntry caseAct(
      Instant at, String actor, String action, String number, String detail) {
    AuditEntry entry = new AuditEntry(at, actor, action, APPLICATION, number, detail);
    entry.applicationNumber = number;
    return entry;
  }

  /**
   * A read of the case {@code number} by {@code actor} in the role {@code role} (with their staff
   * number, if they have one), for {@code purpose}.
   */
  public static AuditEntry caseRead(
      Instant at, String actor, String role, String staffNumber, String number, String purpose) {
    AuditEntry entry = caseAct(at, actor, "case.read", number, null);
    entry.kind = READ;
    entry.actorRole = role;
    entry.staffNumber = staffNumber;
    entry.purpose = purpose;
    return entry;
  }

  /** The same line, noted as coming from the client address {@code source}. */
  public AuditEntry from(String address) {
    this.source = address == null || address.length() <= 64 ? address : address.substring(0, 64);
    return this;
  }

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetail() {
    return detail;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getActorRole() {
    return actorRole;
  }

  public String getStaffNumber() {
    return staffNumber;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getSource() {
    return source;
  }
}
