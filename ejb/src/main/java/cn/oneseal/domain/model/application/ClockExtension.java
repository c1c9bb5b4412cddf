package cn.oneseal.domain.model.application;

import cn.oneseal.domain.model.clock.Extension;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** The director's extension of an application's limit, with the reason told to the applicant. */
@Entity
@Table(name = "application_extension")
public class ClockExtension {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  @Column(nullable = false, length = 2000)
  @Size(max = 2000)
  private String reason;

  @Column(name = "granted_by", nullable = false)
  @Size(max = 64)
  private String grantedBy;

  @Column(name = "granted_on", nullable = false)
  private LocalDate grantedOn;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected ClockExtension() {}

  ClockExtension(
      Application application, int workingDays, String reason, String grantedBy, Instant now) {
    this.application = application;
    this.workingDays = workingDays;
    this.reason = reason;
    this.grantedBy = grantedBy;
    this.grantedAt = now;
    this.grantedOn = cn.oneseal.domain.model.clock.BureauTime.day(now);
  }

  public Extension toExtension() {
    return new Extension(workingDays, reason, grantedBy, grantedOn);
  }
}
