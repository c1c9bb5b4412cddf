package cn.oneseal.domain.model.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A file saved with an {@link ApplicationDraft}: checked as a material is, not yet handed in. */
@Entity
@Table(name = "application_draft_material")
public class DraftMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "draft_id")
  private ApplicationDraft draft;

  @Size(max = 64)
  private String requirement;

  @Column(name = "file_name", nullable = false)
  @Size(max = 256)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  @Size(max = 128)
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @OneToOne(
      fetch = FetchType.LAZY,
      optional = false,
      cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
  @JoinColumn(name = "file_id")
  private StoredFile file;

  protected DraftMaterial() {}

  DraftMaterial(ApplicationDraft draft, CheckedUpload upload, Instant now) {
    this.draft = draft;
    this.requirement = upload.requirement();
    this.fileName = upload.fileName();
    this.contentType = upload.contentType();
    this.sizeBytes = upload.size();
    this.uploadedAt = now;
    this.file = new StoredFile(upload.content());
  }

  /** The file as the filing takes it (checked once more there, with the form's totals). */
  public Upload toUpload() {
    return new Upload(requirement, fileName, contentType, file.getContent());
  }

  public Long getId() {
    return id;
  }

  public String getRequirement() {
    return requirement;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
