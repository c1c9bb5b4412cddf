package cn.oneseal.domain.model.document;

import cn.oneseal.domain.model.registration.LicenceStatus;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A document the bureau issued on an application, as the applicant downloads it. Its SHA-256 is
 * kept with it, so that a copy can be recognised later as unchanged.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

  /** What a document is, and the act of which it is the consequence. */
  public enum Kind {
    /** 受理通知书 — the window accepted the application. */
    ACCEPTANCE_NOTICE,
    /** 补正材料通知书 — the one-time list of every missing or faulty material. */
    CORRECTION_NOTICE,
    /** 不予受理通知书 — the window refused to accept, with reasons. */
    REFUSAL_NOTICE,
    /** 准予行政许可决定书 — the director approved. */
    APPROVAL_DECISION,
    /** 不予行政许可决定书 — the director denied, with reasons and the rights of appeal. */
    DENIAL_DECISION,
    /** 营业执照 — the business licence. */
    BUSINESS_LICENCE,
    /**
     * 告知承诺书 — the applicant's signed commitment (告知承诺制), recorded as received: signed with the
     * system key, never the bureau seal (it is the applicant's word, not the bureau's act).
     */
    COMMITMENT_LETTER,
    /** 责令限期整改通知书 — the post-check found a condition unmet: rectify within a period. */
    RECTIFICATION_ORDER,
    /** 撤销行政许可事先告知书 — the commitment was found false: the holder may state their case. */
    REVOCATION_NOTICE,
    /** 撤销行政许可决定书 — the director revoked the approval, with the rights of appeal. */
    REVOCATION_DECISION,
    /**
     * 准予设立登记通知书 — the director granted a business's establishment registration (《中华人民共和国
     * 市场主体登记管理条例》 Art. 19, 21); the licence that follows carries the status, not this.
     */
    REGISTRATION_APPROVAL,
    /** 登记驳回通知书 — the director refused to register (不予登记, 条例 Art. 20), with reasons. */
    REGISTRATION_DENIAL,
    /**
     * 技术合同认定登记证明 — the registrar registered a technical contract, under its registration number
     * (技术合同认定登记管理办法); not an administrative licence.
     */
    TECHNICAL_CONTRACT_CERTIFICATE,
    /** 技术合同不予登记通知书 — the registrar refused to register a technical contract, with reasons. */
    TECHNICAL_CONTRACT_REJECTION,
    /** 科技创新券 — the director issued a firm's innovation voucher: its number, value and validity. */
    INNOVATION_VOUCHER,
    /** 不予发放科技创新券通知书 — the director refused the voucher, with reasons. */
    VOUCHER_DENIAL;

    /** Whether the director's decision, rather than the window's act, produces it. */
    public boolean isDecision() {
      return this == APPROVAL_DECISION
          || this == DENIAL_DECISION
          || this == BUSINESS_LICENCE
          || this == REVOCATION_DECISION
          || this == REGISTRATION_APPROVAL
          || this == REGISTRATION_DENIAL
          || this == INNOVATION_VOUCHER
          || this == VOUCHER_DENIAL;
    }

    /**
     * Whether it grants what was applied for (a licence, a registration or an innovation voucher):
     * the decisions the dishonesty register is checked against.
     */
    public boolean isApproval() {
      return this == APPROVAL_DECISION
          || this == REGISTRATION_APPROVAL
          || this == INNOVATION_VOUCHER;
    }

    /**
     * The decision of this outcome in a business registration (登记, not 行政许可): the registration's
     * own notices for an approval or a denial, the kind itself otherwise.
     */
    public Kind forRegistration() {
      return switch (this) {
        case APPROVAL_DECISION -> REGISTRATION_APPROVAL;
        case DENIAL_DECISION -> REGISTRATION_DENIAL;
        default -> this;
      };
    }

    /** Whether a case officer's post-check (核查) produces it. */
    public boolean isPostCheck() {
      return this == RECTIFICATION_ORDER || this == REVOCATION_NOTICE;
    }

    /**
     * Whether a registrar (a case officer of the section) produces it by registering a technical
     * contract or refusing to: the registration is the registrar's act, not the director's
     * decision.
     */
    public boolean isRegistrarAct() {
      return this == TECHNICAL_CONTRACT_CERTIFICATE || this == TECHNICAL_CONTRACT_REJECTION;
    }

    /**
     * Whether it is a licence or approval that stays in force until something changes it, so that
     * it has a {@link LicenceStatus} (a notice or a denial has none).
     */
    public boolean hasStatus() {
      return this == APPROVAL_DECISION || this == BUSINESS_LICENCE;
    }

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "document_number")
  @Size(max = 64)
  private String documentNumber;

  /**
   * Random, unguessable: the QR code's link to this document's public verification, and the only
   * way the public finds a stored document (never its id, which counts up).
   */
  @Column(name = "verification_token", nullable = false, length = 32)
  @Size(max = 32)
  private String verificationToken;

  /** The bureau's SM2 (GB/T 38540) signature over the sealed PDF, for national verification. */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "sm2_signature")
  private byte[] sm2Signature;

  @Column(name = "file_name", nullable = false)
  @Size(max = 256)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  @Size(max = 128)
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  @Size(max = 64)
  private String sha256;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false)
  @Size(max = 64)
  private String issuedBy;

  /**
   * Whether the approval still stands ({@link Kind#hasStatus()}); a business licence keeps its own.
   */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LicenceStatus status = LicenceStatus.VALID;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  /** What changed the status: e.g. the number of the revocation decision. */
  @Column(name = "status_reason")
  @Size(max = 256)
  private String statusReason;

  /** The system key's signature of a record received rather than sealed (a commitment letter). */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "system_signature")
  private byte[] systemSignature;

  protected IssuedDocument() {}

  public IssuedDocument(
      String applicationNumber,
      Kind kind,
      String documentNumber,
      String verificationToken,
      String fileName,
      String contentType,
      byte[] content,
      byte[] sm2Signature,
      String issuedBy,
      Instant now) {
    this.applicationNumber = applicationNumber;
    this.kind = kind;
    this.documentNumber = documentNumber;
    this.verificationToken = verificationToken;
    this.sm2Signature = sm2Signature == null ? null : sm2Signature.clone();
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content.clone();
    this.sha256 = sha256(content);
    this.issuedBy = issuedBy;
    this.issuedAt = now;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public Long getId() {
    return id;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public Kind getKind() {
    return kind;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public String getVerificationToken() {
    return verificationToken;
  }

  public byte[] getSm2Signature() {
    return sm2Signature == null ? null : sm2Signature.clone();
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public LicenceStatus getStatus() {
    return status;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public String getStatusReason() {
    return statusReason;
  }

  /**
   * The approval is no longer what it was: revoked, superseded or deregistered, by the act named in
   * {@code reason}. Only a licence or approval has a status, and one that is no longer in force
   * does not change again.
   */
  public void changeStatus(LicenceStatus to, String reason, Instant now) {
    if (!kind.hasStatus()) {
      throw new IllegalStateException(kind + " has no status");
    }
    if (!status.inForce()) {
      throw cn.oneseal.domain.shared.DomainException.conflict(
          "error.decision.notInForce", documentNumber, status.id());
    }
    this.status = to;
    this.statusReason = reason;
    this.statusChangedAt = now;
  }

  /** Marks a received record as signed by the system key (see {@link Kind#COMMITMENT_LETTER}). */
  public void signedBySystem(byte[] signature) {
    this.systemSignature = signature.clone();
  }

  public byte[] getSystemSignature() {
    return systemSignature == null ? null : systemSignature.clone();
  }
}
