package cn.oneseal.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One use of the bureau's seal (用印登记): the document it sealed, the application, the person whose
 * authorised act caused it, when, the SHA-256 of the sealed bytes and the signing certificate. A
 * document is sealed once; the register has exactly one entry for it.
 */
@Entity
@Table(name = "seal_register")
public class SealRegisterEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false)
  private Long documentId;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(nullable = false)
  @Size(max = 32)
  private String kind;

  @Column(name = "sealed_by", nullable = false)
  @Size(max = 64)
  private String sealedBy;

  @Column(nullable = false)
  @Size(max = 32)
  private String act;

  @Column(name = "sealed_at", nullable = false)
  private Instant sealedAt;

  @Column(nullable = false)
  @Size(max = 64)
  private String sha256;

  @Column(name = "certificate_serial", nullable = false)
  @Size(max = 64)
  private String certificateSerial;

  protected SealRegisterEntry() {}

  public SealRegisterEntry(
      IssuedDocument document, String sealedBy, String act, String certificateSerial) {
    this.documentId = document.getId();
    this.applicationNumber = document.getApplicationNumber();
    this.kind = document.getKind().name();
    this.sealedBy = sealedBy;
    this.act = act;
    this.sealedAt = document.getIssuedAt();
    this.sha256 = document.getSha256();
    this.certificateSerial = certificateSerial;
  }

  public Long getId() {
    return id;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getKind() {
    return kind;
  }

  public String getSealedBy() {
    return sealedBy;
  }

  public String getAct() {
    return act;
  }

  public Instant getSealedAt() {
    return sealedAt;
  }

  public String getSha256() {
    return sha256;
  }

  public String getCertificateSerial() {
    return certificateSerial;
  }
}
