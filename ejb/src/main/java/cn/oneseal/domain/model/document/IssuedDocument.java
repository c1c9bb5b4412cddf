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

  /** What a document is. */
  public enum Kind {
    /** 营业执照 — the business licence. */
    BUSINESS_LICENCE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number", nullable = false)
  private String applicationNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  protected IssuedDocument() {}

  public IssuedDocument(
      String applicationNumber,
      Kind kind,
      String fileName,
      String contentType,
      byte[] content,
      String issuedBy,
      Instant now) {
    this.applicationNumber = applicationNumber;
    this.kind = kind;
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
