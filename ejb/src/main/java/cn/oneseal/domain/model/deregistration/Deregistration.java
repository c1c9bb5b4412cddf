package cn.oneseal.domain.model.deregistration;

import cn.oneseal.domain.model.registration.EntityType;
import cn.oneseal.domain.shared.DomainException;
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

/**
 * One deregistration (注销登记) of one business, carried by one application: its path, the investors'
 * commitment (全体投资人承诺书) and, on the simplified path of a business that is not an individual
 * business, the public notice (公示) with its number and days. The process model orders the steps;
 * this record keeps where the deregistration stands and refuses a step out of order.
 */
@Entity
@Table(name = "deregistration")
public class Deregistration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "credit_code", nullable = false)
  @Size(max = 18)
  private String creditCode;

  @Column(name = "full_name", nullable = false)
  @Size(max = 256)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type", nullable = false)
  private EntityType entityType;

  @Column(nullable = false)
  @Size(max = 128)
  private String authority;

  @Column(nullable = false)
  @Size(max = 64)
  private String applicant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeregistrationPath path;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeregistrationStatus status;

  /** The investors who committed, separated by "、". */
  @Column(nullable = false, length = 4000)
  @Size(max = 4000)
  private String investors;

  @Column(name = "commitment_text", nullable = false, length = 4000)
  @Size(max = 4000)
  private String commitmentText;

  @Column(name = "commitment_document")
  private Long commitmentDocument;

  @Column(name = "notice_number")
  @Size(max = 32)
  private String noticeNumber;

  @Column(name = "notice_starts_on")
  private LocalDate noticeStartsOn;

  @Column(name = "notice_ends_on")
  private LocalDate noticeEndsOn;

  @Column(name = "filing_until")
  private LocalDate filingUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Version private long version;

  protected Deregistration() {}

  /**
   * A deregistration filed now. {@code notice}: the public notice and its number on the simplified
   * path of a business that needs one; {@code null} otherwise — the application then goes straight
   * to the window ({@link DeregistrationStatus#FILED}).
   */
  public Deregistration(
      String applicationNumber,
      String creditCode,
      String fullName,
      EntityType entityType,
      String authority,
      String applicant,
      DeregistrationPath path,
      String investors,
      String commitmentText,
      String noticeNumber,
      NoticePeriod notice,
      Instant now) {
    this.applicationNumber = applicationNumber;
    this.creditCode = creditCode;
    this.fullName = fullName;
    this.entityType = entityType;
    this.authority = authority;
    this.applicant = applicant;
    this.path = path;
    this.investors = investors;
    this.commitmentText = commitmentText;
    this.createdAt = now;
    this.statusChangedAt = now;
    if (notice != null) {
      this.noticeNumber = noticeNumber;
      this.noticeStartsOn = notice.publishedOn();
      this.noticeEndsOn = notice.lastDay();
      this.filingUntil = notice.filingUntil();
      this.status = DeregistrationStatus.NOTICE;
    } else {
      this.status = DeregistrationStatus.FILED;
    }
  }

  /** Whether a business of this type on this path is publicly notified first. */
  public static boolean needsNotice(DeregistrationPath path, EntityType type) {
    return path == DeregistrationPath.SIMPLE && type != EntityType.INDIVIDUAL_BUSINESS;
  }

  /** The notice's days, if it has one. */
  public NoticePeriod notice() {
    return noticeNumber == null
        ? null
        : new NoticePeriod(noticeStartsOn, noticeEndsOn, filingUntil);
  }

  public void recordCommitment(long documentId) {
    this.commitmentDocument = documentId;
  }

  /** Whether the notice takes an objection at {@code now}. */
  public boolean takesObjections(Instant now) {
    return notice() != null
        && notice().runsAt(now)
        && (status == DeregistrationStatus.NOTICE
            || status == DeregistrationStatus.OBJECTION_REVIEW);
  }

  /** An objection arrived: the registration section looks at it. */
  public void objected(Instant now) {
    if (!takesObjections(now)) {
      throw DomainException.conflict("error.notice.closed", String.valueOf(noticeNumber));
    }
    move(DeregistrationStatus.OBJECTION_REVIEW, now);
  }

  /** The section sustained the objection (the simple path ends) or dismissed it. */
  public void objectionDecided(boolean sustained, Instant now) {
    require(DeregistrationStatus.OBJECTION_REVIEW);
    move(sustained ? DeregistrationStatus.REFUSED : DeregistrationStatus.NOTICE, now);
  }

  /** The notice ended without a pending or sustained objection: the business may file. */
  public void noticeEnded(Instant now) {
    require(DeregistrationStatus.NOTICE);
    move(DeregistrationStatus.AWAITING_FILING, now);
  }

  /** The business filed its deregistration application after the notice. */
  public void filed(Instant now) {
    require(DeregistrationStatus.AWAITING_FILING);
    move(DeregistrationStatus.FILED, now);
  }

  /** The filing window closed without a filing. */
  public void lapsed(Instant now) {
    require(DeregistrationStatus.AWAITING_FILING);
    move(DeregistrationStatus.LAPSED, now);
  }

  /** The director approved (the licence is deregistered) or denied. */
  public void decided(boolean approved, Instant now) {
    require(DeregistrationStatus.FILED);
    move(approved ? DeregistrationStatus.DEREGISTERED : DeregistrationStatus.DENIED, now);
  }

  /** The application ended otherwise (refused at the window, withdrawn). */
  public void closed(Instant now) {
    if (!status.ended()) {
      move(DeregistrationStatus.DENIED, now);
    }
  }

  private void require(DeregistrationStatus expected) {
    if (status != expected) {
      throw DomainException.conflict(
          "error.deregistration.state", applicationNumber, status.id(), expected.id());
    }
  }

  private void move(DeregistrationStatus to, Instant now) {
    this.status = to;
    this.statusChangedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getFullName() {
    return fullName;
  }

  public EntityType getEntityType() {
    return entityType;
  }

  public String getAuthority() {
    return authority;
  }

  public String getApplicant() {
    return applicant;
  }

  public DeregistrationPath getPath() {
    return path;
  }

  public DeregistrationStatus getStatus() {
    return status;
  }

  public String getInvestors() {
    return investors;
  }

  public String getCommitmentText() {
    return commitmentText;
  }

  public Long getCommitmentDocument() {
    return commitmentDocument;
  }

  public String getNoticeNumber() {
    return noticeNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }
}
