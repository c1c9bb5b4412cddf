package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The data-sharing channel to the department that receives one integrated certificate's data. While
 * a channel is closed (the department's system is down or in maintenance) pushes over it fail and
 * are retried; administrators open and close it, with a note that staff see.
 */
@Entity
@Table(name = "data_exchange_channel")
public class DataExchangeChannel {

  @Id
  @Column(name = "certificate_code")
  @Size(max = 64)
  private String certificateCode;

  @Column(nullable = false)
  private boolean available;

  @Size(max = 256)
  private String note;

  @Column(name = "changed_by", nullable = false)
  @Size(max = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected DataExchangeChannel() {}

  public void change(boolean available, String note, String by, Instant now) {
    this.available = available;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.changedBy = by;
    this.changedAt = now;
  }

  public String getCertificateCode() {
    return certificateCode;
  }

  public boolean isAvailable() {
    return available;
  }

  public String getNote() {
    return note;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
