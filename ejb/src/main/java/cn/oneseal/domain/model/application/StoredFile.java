package cn.oneseal.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded file, kept apart so that listing materials never loads them. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private byte[] content;

  protected StoredFile() {}

  public StoredFile(byte[] content) {
    this.content = content.clone();
  }

  public Long getId() {
    return id;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
