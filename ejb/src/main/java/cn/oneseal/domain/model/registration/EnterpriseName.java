package cn.oneseal.domain.model.registration;

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

/**
 * A name in the register of a registration area: registered, reserved for an applicant, or
 * cancelled/changed (still blocking its trade name for a while, see {@link NameRules}). A
 * reservation is never cleared by a job: it simply stops counting once {@code reservedUntil} has
 * passed.
 */
@Entity
@Table(name = "enterprise_name")
public class EnterpriseName {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "full_name", nullable = false, length = 256)
  @Size(max = 256)
  private String fullName;

  @Column(nullable = false, length = 6)
  @Size(max = 6)
  private String area;

  @Column(name = "trade_name", nullable = false, length = 64)
  @Size(max = 64)
  private String tradeName;

  @Column(length = 64)
  @Size(max = 64)
  private String industry;

  @Column(name = "organization_form", nullable = false, length = 64)
  @Size(max = 64)
  private String organizationForm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NameStatus status;

  @Column(name = "status_since", nullable = false)
  private Instant statusSince;

  @Column(name = "reserved_until")
  private Instant reservedUntil;

  @Column(name = "reserved_by", length = 64)
  @Size(max = 64)
  private String reservedBy;

  protected EnterpriseName() {}

  private EnterpriseName(NameDeclaration name, String area, NameStatus status, Instant since) {
    this.fullName = name.fullName();
    this.area = area;
    this.tradeName = name.tradeName();
    this.industry = name.industry();
    this.organizationForm = name.organizationForm();
    this.status = status;
    this.statusSince = since;
  }

  /** Keeps a checked name for {@code applicant} until {@code until}. */
  public static EnterpriseName reserve(
      NameDeclaration name, String area, String applicant, Instant now, Instant until) {
    EnterpriseName reserved = new EnterpriseName(name, area, NameStatus.RESERVED, now);
    reserved.reservedBy = applicant;
    reserved.reservedUntil = until;
    return reserved;
  }

  /**
   * The reserved name becomes the registered name of an entity: from now on it blocks the same
   * trade name in its area and industry for as long as it is registered, not just two months.
   */
  public void register(Instant now) {
    status = NameStatus.REGISTERED;
    statusSince = now;
    reservedUntil = null;
  }

  /**
   * The business of this registered name was deregistered (注销): the name is cancelled from {@code
   * now}, and the same-name rule keeps the trade name from others for a year.
   */
  public void cancel(Instant now) {
    if (status == NameStatus.REGISTERED) {
      status = NameStatus.CANCELLED;
      statusSince = now;
    }
  }

  public ExistingName toExisting() {
    return new ExistingName(
        area, fullName, tradeName, industry, status, statusSince, reservedUntil, reservedBy);
  }

  public NameReservation toReservation() {
    return new NameReservation(fullName, area, reservedBy, reservedUntil);
  }

  public Long getId() {
    return id;
  }

  public String getFullName() {
    return fullName;
  }

  public String getArea() {
    return area;
  }

  public String getTradeName() {
    return tradeName;
  }

  public NameStatus getStatus() {
    return status;
  }

  public Instant getReservedUntil() {
    return reservedUntil;
  }

  public String getReservedBy() {
    return reservedBy;
  }
}
