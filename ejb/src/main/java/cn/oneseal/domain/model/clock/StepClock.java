package cn.oneseal.domain.model.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The clock of one step of an application while its task is open: the day it started, the step's
 * limit in working days and the card the watch last computed. The task id is opaque here.
 */
@Entity
@Table(name = "step_clock")
public class StepClock {

  @Id
  @Column(name = "task_id")
  @Size(max = 64)
  private String taskId;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(nullable = false)
  @Size(max = 64)
  private String step;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "limit_days", nullable = false)
  private int limitDays;

  /**
   * The step's last day by the working calendar (as {@code LegalClock#readStep} reads it), kept so
   * that task lists sort by it in the database; the watch brings it up to date when the calendar
   * changes.
   */
  @Column(name = "deadline")
  private LocalDate deadline;

  @Column(nullable = false)
  @Size(max = 10)
  private String card = Card.NONE.id();

  @Column(name = "closed_at")
  private Instant closedAt;

  /**
   * The section whose staff work the case and the item's code, copied from the application when the
   * step starts (a case's item never changes), so that the task lists filter the open steps without
   * joining every application (issue 18).
   */
  @Column(name = "section_code")
  @Size(max = 64)
  private String sectionCode;

  @Column(name = "item_code")
  @Size(max = 64)
  private String itemCode;

  protected StepClock() {}

  public StepClock(
      String taskId,
      String applicationNumber,
      String sectionCode,
      String itemCode,
      String step,
      LocalDate startedOn,
      int limitDays) {
    this.taskId = taskId;
    this.applicationNumber = applicationNumber;
    this.sectionCode = sectionCode;
    this.itemCode = itemCode;
    this.step = step;
    this.startedOn = startedOn;
    this.limitDays = limitDays;
  }

  public void close(Instant now) {
    if (closedAt == null) {
      closedAt = now;
    }
  }

  public String getTaskId() {
    return taskId;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getSectionCode() {
    return sectionCode;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getStep() {
    return step;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public int getLimitDays() {
    return limitDays;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public Card getCard() {
    return Card.valueOf(card.toUpperCase(java.util.Locale.ROOT));
  }

  public void setCard(Card card) {
    this.card = card.id();
  }
}
