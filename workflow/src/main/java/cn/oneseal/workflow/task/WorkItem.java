package cn.oneseal.workflow.task;

import cn.oneseal.application.dto.ClockView;
import cn.oneseal.application.dto.StepClockView;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task of the inbox: the step ({@code acceptApplication} …) of its process, the application it
 * belongs to, who holds it ({@code null}: unclaimed, open to the step's group), who delegated it
 * ({@code owner}), and its clocks: the step's deadline and card, and the whole case's.
 */
public record WorkItem(
    String id,
    String processKey,
    String step,
    String name,
    String applicationNumber,
    String itemCode,
    String itemNameZh,
    String itemNameEn,
    String applicant,
    String assignee,
    Instant created,
    String owner,
    boolean delegationPending,
    String sectionCode,
    StepClockView stepClock,
    ClockView caseClock)
    implements Serializable {

  /** The step's description: its role, outcomes, whether it may be returned, its form. */
  public StepDefinition definition() {
    return StepCatalogue.of(processKey, step);
  }

  /** The same task held by {@code holder}. */
  public WorkItem heldBy(String holder) {
    return new WorkItem(
        id,
        processKey,
        step,
        name,
        applicationNumber,
        itemCode,
        itemNameZh,
        itemNameEn,
        applicant,
        holder,
        created,
        owner,
        delegationPending,
        sectionCode,
        stepClock,
        caseClock);
  }

  public boolean claimed() {
    return assignee != null;
  }

  /** The step's deadline, or {@code null} where the step has no clock. */
  public LocalDate deadline() {
    return stepClock == null ? null : stepClock.deadline();
  }

  /** Working days left in the step (negative: overdue); large when the step has no clock. */
  public int workingDaysLeft() {
    return stepClock == null ? Integer.MAX_VALUE : stepClock.workingDaysLeft();
  }

  /** The worse of the step's and the case's card. */
  public String card() {
    String step = stepClock == null ? "none" : stepClock.card();
    String whole = caseClock == null ? "none" : caseClock.card();
    return rank(step) >= rank(whole) ? step : whole;
  }

  private static int rank(String card) {
    return switch (card) {
      case "red" -> 2;
      case "yellow" -> 1;
      default -> 0;
    };
  }
}
