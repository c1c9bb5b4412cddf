package cn.oneseal.domain.model.commitment;

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
import java.util.Set;

/**
 * An applicant's written commitment (告知承诺书) on one application, and what became of it: the approval
 * on the spot, the post-check (核查) within the item's period, a rectification order, the holder's
 * statement (陈述申辩) and the director's decision on revocation (撤销). The process model ({@code
 * commitmentLicensing}) orders the steps; this record keeps the legal facts and refuses a step out
 * of order.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

  /** Where the commitment stands. */
  public enum State {
    /** Signed with the application; the decision has not been taken yet. */
    SIGNED,
    /** Approved on the commitment; the post-check is scheduled. */
    POST_CHECK_SCHEDULED,
    /** The post-check found a condition unmet: rectification within a period, then a re-check. */
    RECTIFYING,
    /**
     * Found false (or not rectified): the holder may state their case before the director decides.
     */
    STATEMENT_INVITED,
    /** The commitment was kept (met at the post-check or after rectification, or not revoked). */
    KEPT,
    /** The approval was revoked (撤销). */
    REVOKED,
    /** The application was not approved (refused, denied or withdrawn): nothing to check. */
    CLOSED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "item_code", nullable = false)
  @Size(max = 32)
  private String itemCode;

  /** The conditions as the applicant signed them (Chinese, the legal text). */
  @Column(name = "commitment_text", nullable = false)
  @Size(max = 4000)
  private String commitmentText;

  @Column(name = "signed_by", nullable = false)
  @Size(max = 64)
  private String signedBy;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Column(name = "letter_document_id", nullable = false)
  private Long letterDocumentId;

  @Column(name = "post_check_period", nullable = false)
  @Size(max = 16)
  private String postCheckPeriod;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private State state;

  @Column(name = "post_check_due")
  private Instant postCheckDue;

  @Column(name = "rectification_due")
  private Instant rectificationDue;

  @Column(name = "statement_due")
  private Instant statementDue;

  @Column(name = "statement_text")
  @Size(max = 4000)
  private String statementText;

  @Column(name = "statement_at")
  private Instant statementAt;

  /** The latest finding of the post-check or re-check. */
  @Size(max = 4000)
  private String finding;

  @Column(name = "revocation_document_id")
  private Long revocationDocumentId;

  @Version private long version;

  protected Commitment() {}

  public Commitment(
      String applicationNumber,
      String itemCode,
      String commitmentText,
      String signedBy,
      Instant signedAt,
      Long letterDocumentId,
      String postCheckPeriod) {
    this.applicationNumber = applicationNumber;
    this.itemCode = itemCode;
    this.commitmentText = commitmentText;
    this.signedBy = signedBy;
    this.signedAt = signedAt;
    this.letterDocumentId = letterDocumentId;
    this.postCheckPeriod = postCheckPeriod;
    this.state = State.SIGNED;
  }

  /** The decision approved on the commitment; the post-check falls due at {@code due}. */
  public void scheduled(Instant due) {
    require(Set.of(State.SIGNED));
    this.state = State.POST_CHECK_SCHEDULED;
    this.postCheckDue = due;
  }

  /** The conditions were met (at the post-check, or at the re-check after rectification). */
  public void met(String finding) {
    require(Set.of(State.POST_CHECK_SCHEDULED, State.RECTIFYING));
    this.finding = finding;
    this.state = State.KEPT;
  }

  /** A condition was unmet: ordered to rectify by {@code due}. */
  public void rectify(String finding, Instant due) {
    require(Set.of(State.POST_CHECK_SCHEDULED));
    this.finding = finding;
    this.rectificationDue = due;
    this.state = State.RECTIFYING;
  }

  /**
   * The commitment was found false (or a condition still unmet after rectification): the holder is
   * told and may state their case until {@code statementDue}.
   */
  public void foundFalse(String finding, Instant statementDue) {
    require(Set.of(State.POST_CHECK_SCHEDULED, State.RECTIFYING));
    this.finding = finding;
    this.statementDue = statementDue;
    this.state = State.STATEMENT_INVITED;
  }

  /** The holder's statement (陈述申辩), accepted until the period ends and only once. */
  public void statement(String text, Instant now) {
    require(Set.of(State.STATEMENT_INVITED));
    if (statementText != null) {
      throw DomainException.conflict("error.commitment.statementGiven", applicationNumber);
    }
    if (statementDue != null && now.isAfter(statementDue)) {
      throw DomainException.conflict("error.commitment.statementLate", applicationNumber);
    }
    if (text == null || text.isBlank()) {
      throw DomainException.invalidField("text", "error.commitment.statementRequired");
    }
    this.statementText = text.strip();
    this.statementAt = now;
  }

  /** The director revoked the approval with the decision {@code documentId}. */
  public void revoked(Long documentId) {
    require(Set.of(State.STATEMENT_INVITED));
    this.revocationDocumentId = documentId;
    this.state = State.REVOKED;
  }

  /** The director did not revoke (the statement convinced, or the facts did not hold). */
  public void notRevoked() {
    require(Set.of(State.STATEMENT_INVITED));
    this.state = State.KEPT;
  }

  /** The application ended without an approval. */
  public void closed() {
    if (state == State.SIGNED) {
      state = State.CLOSED;
    }
  }

  private void require(Set<State> allowed) {
    if (!allowed.contains(state)) {
      throw DomainException.conflict("error.commitment.wrongState", applicationNumber, state.id());
    }
  }

  public Long getId() {
    return id;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getCommitmentText() {
    return commitmentText;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public Long getLetterDocumentId() {
    return letterDocumentId;
  }

  public String getPostCheckPeriod() {
    return postCheckPeriod;
  }

  public State getState() {
    return state;
  }

  public Instant getPostCheckDue() {
    return postCheckDue;
  }

  public Instant getRectificationDue() {
    return rectificationDue;
  }

  public Instant getStatementDue() {
    return statementDue;
  }

  public String getStatementText() {
    return statementText;
  }

  public Instant getStatementAt() {
    return statementAt;
  }

  public String getFinding() {
    return finding;
  }

  public Long getRevocationDocumentId() {
    return revocationDocumentId;
  }
}
