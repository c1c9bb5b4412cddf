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

/**
 * A file the applicant handed in with the application or with a correction, or one staff added to
 * the case file (a site inspection's photo). Built only from a {@link CheckedUpload}: its name is
 * safe and its content type is what its bytes are.
 */
@Entity
@Table(name = "application_material")
public class Material {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  /** The code of the catalogue's material requirement it answers, if the applicant said. */
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

  @Column(name = "uploaded_by", nullable = false)
  @Size(max = 64)
  private String uploadedBy;

  @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "file_id")
  private StoredFile file;

  protected Material() {}

  Material(Application application, CheckedUpload upload, String uploadedBy, Instant now) {
    this.application = application;
    this.requirement = upload.requirement();
    this.fileName = upload.fileName();
    this.contentType = upload.contentType();
    this.sizeBytes = upload.size();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = now;
    this.file = new StoredFile(upload.content());
  }

  public Long getId() {
    return id;
  }

  public Application getApplication() {
    return application;
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

  public String getUploadedBy() {
    return uploadedBy;
  }

  public byte[] getContent() {
    return file.getContent();
  }
}
