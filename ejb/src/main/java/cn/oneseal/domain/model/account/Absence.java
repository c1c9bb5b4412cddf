package cn.oneseal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An absence of a member of staff with the colleague who stands in (AB角): tasks assigned to the
 * absent person on a day of the period go to the substitute.
 */
@Entity
@Table(name = "absence")
public class Absence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  @Size(max = 64)
  private String username;

  @Column(nullable = false)
  @Size(max = 64)
  private String substitute;

  @Column(name = "from_day", nullable = false)
  private LocalDate fromDay;

  @Column(name = "until_day", nullable = false)
  private LocalDate untilDay;

  @Column(length = 500)
  @Size(max = 500)
  private String reason;

  @Column(name = "created_by", nullable = false)
  @Size(max = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Absence() {}

  public Absence(
      String username,
      String substitute,
      LocalDate from,
      LocalDate until,
      String reason,
      String createdBy,
      Instant now) {
    this.username = username;
    this.substitute = substitute;
    this.fromDay = from;
    this.untilDay = until;
    this.reason = reason;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getSubstitute() {
    return substitute;
  }

  public LocalDate getFromDay() {
    return fromDay;
  }

  public LocalDate getUntilDay() {
    return untilDay;
  }

  public String getReason() {
    return reason;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
