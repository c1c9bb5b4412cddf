package cn.oneseal.domain.model.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A photo taken at an inspection, checked by its content like every upload. */
@Entity
@Table(name = "inspection_photo")
public class InspectionPhoto {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assignment_id", nullable = false)
  private Long assignmentId;

  @Column(name = "file_name", nullable = false, length = 255)
  @Size(max = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 128)
  @Size(max = 128)
  private String contentType;

  @Column(nullable = false)
  private byte[] content;

  protected InspectionPhoto() {}

  public InspectionPhoto(Long assignmentId, String fileName, String contentType, byte[] content) {
    this.assignmentId = assignmentId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content.clone();
  }

  public Long getId() {
    return id;
  }

  public Long getAssignmentId() {
    return assignmentId;
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
}
