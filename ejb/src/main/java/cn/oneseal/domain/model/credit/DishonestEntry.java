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
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the register of seriously dishonest subjects (严重失信主体名单): who was listed (by credit
 * code, or by the keyed hash of an identity number with only its masked form shown), by which
 * authority, from when until when, and why. Entries are imported by the administrator from the
 * listing authorities' lists; one is never deleted, only removed with a reason (a listing repaired
 * or annulled), so that what a decision was checked against stays on record.
 */
@Entity
@Table(name = "credit_list_entry")
public class DishonestEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false)
  private ListedSubject subjectKind;

  /** The credit code, or the identity number's keyed hash (64 hex digits). */
  @Column(name = "subject_key", nullable = false)
  @Size(max = 64)
  private String subjectKey;

  /** What people see: the credit code, or the masked identity number. */
  @Column(name = "subject_shown", nullable = false)
  @Size(max = 32)
  private String subjectShown;

  @Column(name = "subject_name", nullable = false)
  @Size(max = 256)
  private String subjectName;

  @Column(nullable = false)
  @Size(max = 256)
  private String authority;

  @Column(name = "listed_on", nullable = false)
  private LocalDate listedOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(nullable = false)
  @Size(max = 1000)
  private String reason;

  @Column(name = "imported_by", nullable = false)
  @Size(max = 64)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "removed_by")
  @Size(max = 64)
  private String removedBy;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "removal_reason")
  @Size(max = 1000)
  private String removalReason;

  @Version private long version;

  protected DishonestEntry() {}

  public DishonestEntry(
      ListedSubject subjectKind,
      String subjectKey,
      String subjectShown,
      String subjectName,
      String authority,
      LocalDate listedOn,
      LocalDate endsOn,
      String reason,
      String importedBy,
      Instant importedAt) {
    this.subjectKind = subjectKind;
    this.subjectKey = subjectKey;
    this.subjectShown = subjectShown;
    this.subjectName = subjectName;
    this.authority = authority;
    this.listedOn = listedOn;
    this.endsOn = endsOn;
    this.reason = reason;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
  }

  /** Whether the entry lists its subject on that day: not removed, begun, not yet ended. */
  public boolean inForceOn(LocalDate day) {
    return removedAt == null && !listedOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
  }

  /**
   * Takes the wording of a repeated import (the same subject, authority and listing date): answers
   * whether anything changed.
   */
  public boolean sameListing(String name, LocalDate newEnd, String newReason) {
    boolean changed =
        !subjectName.equals(name) || !Objects.equals(endsOn, newEnd) || !reason.equals(newReason);
    this.subjectName = name;
    this.endsOn = newEnd;
    this.reason = newReason;
    return changed;
  }

  public void remove(String by, String why, Instant at) {
    this.removedBy = by;
    this.removalReason = why;
    this.removedAt = at;
  }

  public boolean isRemoved() {
    return removedAt != null;
  }

  public Long getId() {
    return id;
  }

  public ListedSubject getSubjectKind() {
    return subjectKind;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public String getSubjectShown() {
    return subjectShown;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public String getAuthority() {
    return authority;
  }

  public LocalDate getListedOn() {
    return listedOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getReason() {
    return reason;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public String getRemovedBy() {
    return removedBy;
  }

  public Instant getRemovedAt() {
    return removedAt;
  }

  public String getRemovalReason() {
    return removalReason;
  }
}
