package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The business licence (营业执照) and its electronic record: what the licence shows (docs/domain.md
 * §4), public by its unified social credit code, and whether it is in force. The original,
 * duplicate and electronic licence have equal force; this record is what the QR code on each of
 * them leads to.
 */
@Entity
@Table(name = "business_licence")
public class BusinessLicence {

  @Id
  @Column(name = "credit_code")
  @Size(max = 18)
  private String creditCode;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "registration_id", nullable = false)
  private Long registrationId;

  @Column(name = "full_name", nullable = false)
  @Size(max = 256)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type", nullable = false)
  private EntityType entityType;

  @Column(name = "type_zh", nullable = false)
  @Size(max = 128)
  private String typeZh;

  @Column(name = "legal_rep_name", nullable = false)
  @Size(max = 64)
  private String legalRepName;

  @Column(name = "capital_amount", precision = 18, scale = 2)
  private BigDecimal capitalAmount;

  @Column(name = "capital_currency")
  @Size(max = 3)
  private String capitalCurrency;

  @Column(name = "established_on", nullable = false)
  private LocalDate establishedOn;

  /** Last day of the operating term; {@code null} for 长期 (no limit). */
  @Column(name = "operating_until")
  private LocalDate operatingUntil;

  @Column(nullable = false)
  @Size(max = 256)
  private String domicile;

  @Column(name = "business_scope", nullable = false, length = 4000)
  @Size(max = 4000)
  private String businessScope;

  @Column(nullable = false)
  @Size(max = 128)
  private String authority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LicenceStatus status;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  protected BusinessLicence() {}

  /** The licence of a registration on the day it is established. */
  public BusinessLicence(
      CreditCode code,
      String applicationNumber,
      BusinessRegistration registration,
      String authority,
      LocalDate establishedOn,
      Instant now) {
    this.creditCode = code.value();
    this.applicationNumber = applicationNumber;
    this.registrationId = registration.getId();
    this.fullName = registration.getFullName();
    this.entityType = registration.getEntityType();
    this.typeZh =
        registration
            .getEntityType()
            .licenceTypeZh(registration.isForeignInvested(), registration.allNaturalPersons());
    this.legalRepName = registration.getLegalRepName();
    this.capitalAmount = registration.getCapitalAmount();
    this.capitalCurrency = registration.getCapitalCurrency();
    this.establishedOn = establishedOn;
    this.operatingUntil =
        registration.getOperatingYears() == null
            ? null
            : establishedOn.plusYears(registration.getOperatingYears()).minusDays(1);
    this.domicile = registration.getDomicile();
    this.businessScope = registration.businessScopeText();
    this.authority = authority;
    this.status = LicenceStatus.VALID;
    this.statusChangedAt = now;
  }

  /**
   * The legal representative's name as the public sees it online: the family name and one star per
   * further character (张三 → 张*).
   */
  public String maskedRepresentative() {
    int first = legalRepName.offsetByCodePoints(0, 1);
    return legalRepName.substring(0, first)
        + "*".repeat(legalRepName.codePointCount(first, legalRepName.length()));
  }

  /**
   * Ends or replaces this licence: superseded by a newer version, deregistered (注销) or revoked
   * (撤销). Only a licence in force changes; its history is kept by the status and the time.
   */
  public void changeStatus(LicenceStatus to, Instant now) {
    if (!status.inForce()) {
      throw cn.oneseal.domain.shared.DomainException.conflict(
          "error.licence.notInForce", creditCode, status.id());
    }
    this.status = to;
    this.statusChangedAt = now;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public Long getRegistrationId() {
    return registrationId;
  }

  public String getFullName() {
    return fullName;
  }

  public EntityType getEntityType() {
    return entityType;
  }

  public String getTypeZh() {
    return typeZh;
  }

  public String getLegalRepName() {
    return legalRepName;
  }

  public BigDecimal getCapitalAmount() {
    return capitalAmount;
  }

  public String getCapitalCurrency() {
    return capitalCurrency;
  }

  public LocalDate getEstablishedOn() {
    return establishedOn;
  }

  public LocalDate getOperatingUntil() {
    return operatingUntil;
  }

  public String getDomicile() {
    return domicile;
  }

  public String getBusinessScope() {
    return businessScope;
  }

  public String getAuthority() {
    return authority;
  }

  public LicenceStatus getStatus() {
    return status;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }
}
