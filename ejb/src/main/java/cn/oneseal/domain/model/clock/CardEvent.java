package cn.oneseal.domain.model.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A card changed (电子监察): of the whole case ({@code taskId} null) or of one step. */
@Entity
@Table(name = "card_event")
public class CardEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "task_id")
  @Size(max = 64)
  private String taskId;

  @Size(max = 64)
  private String step;

  @Column(nullable = false)
  @Size(max = 10)
  private String card;

  @Column(name = "previous_card", nullable = false)
  @Size(max = 10)
  private String previousCard;

  @Column(name = "working_days_used", nullable = false)
  private int workingDaysUsed;

  @Column(name = "limit_days", nullable = false)
  private int limitDays;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected CardEvent() {}

  public CardEvent(
      String applicationNumber,
      String taskId,
      String step,
      Card previous,
      Card card,
      int used,
      int limit,
      Instant now) {
    this.applicationNumber = applicationNumber;
    this.taskId = taskId;
    this.step = step;
    this.previousCard = previous.id();
    this.card = card.id();
    this.workingDaysUsed = used;
    this.limitDays = limit;
    this.occurredAt = now;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getStep() {
    return step;
  }

  public String getCard() {
    return card;
  }

  public String getPreviousCard() {
    return previousCard;
  }

  public int getWorkingDaysUsed() {
    return workingDaysUsed;
  }

  public int getLimitDays() {
    return limitDays;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
