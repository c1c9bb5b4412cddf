package cn.oneseal.domain.model.document;

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
    BUSINESS_LICENCE;

    /** Whether the director's decision, rather than the window's act, produces it. */
    public boolean isDecision() {
      return this == APPROVAL_DECISION || this == DENIAL_DECISION || this == BUSINESS_LICENCE;
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

  /** Random, unguessable: the QR code's link to this document's public verification. */
  @Column(name = "verification_token")
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
}
