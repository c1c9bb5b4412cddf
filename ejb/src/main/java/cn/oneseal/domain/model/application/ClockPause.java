package cn.oneseal.domain.model.application;

import cn.oneseal.domain.model.clock.Pause;
import cn.oneseal.domain.model.clock.PauseKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A period in which the legal clock of an application stands still: the bureau waits for the
 * applicant's corrections, or a special step (site inspection, expert review, hearing, public
 * notice) runs. Both ends are whole days that do not count.
 */
@Entity
@Table(name = "application_pause")
public class ClockPause {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PauseKind kind;

  @Size(max = 64)
  private String step;

  @Column(name = "from_day", nullable = false)
  private LocalDate fromDay;

  @Column(name = "until_day")
  private LocalDate untilDay;

  @Column(length = 1000)
  @Size(max = 1000)
  private String reason;

  protected ClockPause() {}

  ClockPause(Application application, PauseKind kind, String step, LocalDate from, String reason) {
    this.application = application;
    this.kind = kind;
    this.step = step;
    this.fromDay = from;
    this.reason = reason;
  }

  boolean isRunning() {
    return untilDay == null;
  }

  void end(LocalDate day) {
    untilDay = day.isBefore(fromDay) ? fromDay : day;
  }

  public Pause toPause() {
    return new Pause(kind, step, fromDay, untilDay, reason);
  }

  public PauseKind getKind() {
    return kind;
  }

  public String getStep() {
    return step;
  }
}
