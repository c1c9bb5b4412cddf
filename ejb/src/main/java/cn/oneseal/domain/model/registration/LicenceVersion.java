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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One issued version of a business licence, as it was printed: establishment is version 1, every
 * change registration (变更登记) issues the next. The QR code of each PDF names its version, so an old
 * paper or PDF licence verifies as superseded (已被替代), never as valid. The version in force is also
 * the {@link BusinessLicence} itself; its status (valid, deregistered, revoked) is the licence's,
 * while a version replaced by a later one is {@link LicenceStatus#SUPERSEDED}.
 */
@Entity
@Table(name = "business_licence_version")
public class LicenceVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "credit_code", nullable = false)
  @Size(max = 18)
  private String creditCode;

  @Column(name = "version", nullable = false)
  private int versionNo;

  /** The application whose approval issued this version (establishment or change). */
  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

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

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LicenceStatus status;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  protected LicenceVersion() {}

  /**
   * The licence as it reads now, kept as the version it is, issued on {@code applicationNumber}.
   */
  public static LicenceVersion of(BusinessLicence licence, String applicationNumber, Instant now) {
    LicenceVersion v = new LicenceVersion();
    v.creditCode = licence.getCreditCode();
    v.versionNo = licence.getLicenceVersion();
    v.applicationNumber = applicationNumber;
    v.fullName = licence.getFullName();
    v.entityType = licence.getEntityType();
    v.typeZh = licence.getTypeZh();
    v.legalRepName = licence.getLegalRepName();
    v.capitalAmount = licence.getCapitalAmount();
    v.capitalCurrency = licence.getCapitalCurrency();
    v.establishedOn = licence.getEstablishedOn();
    v.operatingUntil = licence.getOperatingUntil();
    v.domicile = licence.getDomicile();
    v.businessScope = licence.getBusinessScope();
    v.authority = licence.getAuthority();
    v.issuedAt = now;
    v.status = LicenceStatus.VALID;
    v.statusChangedAt = now;
    return v;
  }

  /** A later version replaced this one; a version already ended keeps how it ended. */
  public void supersede(Instant now) {
    if (status == LicenceStatus.VALID) {
      status = LicenceStatus.SUPERSEDED;
      statusChangedAt = now;
    }
  }

  /**
   * What this version's QR code shows: a version replaced by a later one is superseded whatever it
   * recorded; the version in force shows the licence's own status.
   */
  public LicenceStatus statusGiven(BusinessLicence current) {
    return current.getLicenceVersion() == versionNo
        ? current.getStatus()
        : LicenceStatus.SUPERSEDED;
  }

  /**
   * The legal representative's name as the public sees it online: the family name and one star per
   * further character.
   */
  public String maskedRepresentative() {
    int first = legalRepName.offsetByCodePoints(0, 1);
    return legalRepName.substring(0, first)
        + "*".repeat(legalRepName.codePointCount(first, legalRepName.length()));
  }

  public Long getId() {
    return id;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getApplicationNumber() {
    return applicationNumber;
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

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public LicenceStatus getStatus() {
    return status;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }
}
