package cn.oneseal.domain.model.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A year of the working-day calendar: whether its days are the State Council's published notice
 * (confirmed) or a provisional schedule awaiting it, where they come from, and who last entered
 * them.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

  @Id
  @Column(name = "year_number")
  private int year;

  @Column(nullable = false)
  private boolean confirmed;

  @Column(length = 500)
  @Size(max = 500)
  private String source;

  @Column(name = "updated_by", length = 100)
  @Size(max = 100)
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected CalendarYear() {}

  public CalendarYear(int year) {
    this.year = year;
  }

  /** Records a new entry of the year's days. */
  public void entered(boolean confirmed, String source, String updatedBy, Instant updatedAt) {
    this.confirmed = confirmed;
    this.source = source;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public int getYear() {
    return year;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public String getSource() {
    return source;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
