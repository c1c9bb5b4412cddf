package cn.oneseal.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;

/**
 * One transition of an application: which step, what was done, by whom, when, with which opinion.
 * Entries are only ever appended; supervisors read them to audit the case.
 */
@Entity
@Table(name = "application_history")
public class HistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  @Column(nullable = false)
  @Size(max = 64)
  private String step;

  @Column(nullable = false)
  @Size(max = 64)
  private String action;

  @Column(nullable = false)
  @Size(max = 64)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ApplicationStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private ApplicationStatus toStatus;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(length = 4000)
  @Size(max = 4000)
  private String opinion;

  protected HistoryEntry() {}

  HistoryEntry(
      Application application,
      Step step,
      Action action,
      String actor,
      ApplicationStatus fromStatus,
      ApplicationStatus toStatus,
      Instant startedAt,
      Instant occurredAt,
      String opinion) {
    this.application = application;
    this.step = step.id();
    this.action = action.id();
    this.actor = actor;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.startedAt = startedAt;
    this.occurredAt = occurredAt;
    this.opinion = opinion;
  }

  /** How long the step took, where its start is known (a task's creation). */
  public Duration getDuration() {
    return startedAt == null ? null : Duration.between(startedAt, occurredAt);
  }

  public Long getId() {
    return id;
  }

  public String getStep() {
    return step;
  }

  public String getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  /** The number of the application this entry belongs to. */
  public String getApplicationNumber() {
    return application.getNumber();
  }

  public ApplicationStatus getFromStatus() {
    return fromStatus;
  }

  public ApplicationStatus getToStatus() {
    return toStatus;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getOpinion() {
    return opinion;
  }
}
