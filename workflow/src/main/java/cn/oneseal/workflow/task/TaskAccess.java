package cn.oneseal.workflow.task;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.SealRefusals;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.engine.EngineRecords;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.SectionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may see and work a task. A task belongs to its case: whoever may not read the case ({@link
 * ApplicationService#mayRead}, e.g. an officer of another section) is told the task does not exist.
 * Whoever reads it works it if its step's description ({@link StepDefinition}) admits them — a
 * holder of the step's role who works the item's section — or if it is assigned to them; others are
 * refused. Shared by the task page, the steps' completion and the workbench's operations so that
 * all check the same rule, per task.
 */
@ApplicationScoped
public class TaskAccess {

  @Inject EngineRecords records;

  @Inject HistoryService history;

  @Inject ApplicationService applications;

  @Inject SealRefusals refusals;

  /**
   * The task if it exists and this member of staff may work it, read after its application is
   * locked for this transaction (see {@link #locked}). A task that existed and is done answers
   * "conflict": someone else completed it.
   */
  public Task workable(Actor actor, String taskId) {
    requireStaff(actor);
    return permitted(actor, locked(taskId));
  }

  /**
   * The same check for completing a task with {@code outcome}; where that outcome would seal a
   * document (the window's notices, the decision), a refused attempt is on record. Only the attempt
   * to act is: reading a task page, claiming or handing over is not an attempt at a sealed act.
   */
  public Task completable(Actor actor, String taskId, String outcome) {
    requireStaff(actor);
    Task task = locked(taskId);
    try {
      return permitted(actor, task);
    } catch (DomainException refused) {
      boolean sealing =
          stepOf(task)
              .outcome(String.valueOf(outcome))
              .map(o -> o.document() != null)
              .orElse(false);
      if (sealing) {
        refusals.refused(actor, numberOf(task), task.getTaskDefinitionKey() + ":" + outcome);
      }
      throw refused;
    }
  }

  /** The same check for reading a task (its page, its row): no lock is taken. */
  public Task visible(Actor actor, String taskId) {
    requireStaff(actor);
    return permitted(actor, existing(taskId));
  }

  private Task permitted(Actor actor, Task task) {
    readable(actor, task);
    if (actor.username().equals(task.getAssignee())) {
      return task;
    }
    if (!mayWork(actor, stepOf(task), task)) {
      throw DomainException.forbidden("error.task.notYourGroup");
    }
    return task;
  }

  /**
   * The task if this person may read its case; otherwise "not found", as for a task that does not
   * exist, so that another section's work cannot be probed.
   */
  public Task readable(Actor actor, Task task) {
    if (!applications.mayRead(actor, numberOf(task))) {
      throw DomainException.notFound("error.task.notFound", task.getId());
    }
    return task;
  }

  /**
   * The task as it is once its application is locked for this transaction: whoever acted on the
   * case at the same moment has committed by then, and what they did is seen.
   */
  public Task locked(String taskId) {
    Task task = existing(taskId);
    applications.lockForWork(numberOf(task));
    return existing(taskId);
  }

  /** The task, or "not found" / "already completed". */
  public Task existing(String taskId) {
    Task task = records.task(taskId);
    if (task == null) {
      boolean existed =
          taskId != null && history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
      if (existed) {
        throw DomainException.conflict("error.task.alreadyCompleted");
      }
      throw DomainException.notFound("error.task.notFound", String.valueOf(taskId));
    }
    return task;
  }

  /** Officers and chiefs with a section work only that section's items. */
  public boolean worksSectionOf(Actor actor, Task task) {
    return actor.section() == null || actor.worksSection(applications.sectionOf(numberOf(task)));
  }

  /**
   * Whether this person may work the step of this case by the step's rule: they hold its role and,
   * where they belong to a section, the item is their section's. The applicant's own task is worked
   * by its assignee only.
   */
  public boolean mayWork(Actor actor, StepDefinition step, Task task) {
    return step.sections() == SectionRule.ITEM_SECTION
        && actor.roleIds().contains(step.role())
        && worksSectionOf(actor, task);
  }

  /** The same rule for a case of the section {@code sectionCode}. */
  public static boolean mayWork(Actor actor, StepDefinition step, String sectionCode) {
    return step.sections() == SectionRule.ITEM_SECTION
        && actor.roleIds().contains(step.role())
        && actor.worksSection(sectionCode);
  }

  /**
   * The application number of the task's case: the business key of its process instance, which
   * every case process starts with (and also holds as {@code applicationNumber}); read once per
   * instance ({@link EngineRecords}), as this runs a few times per request (issue 18).
   */
  public String numberOf(Task task) {
    return records.numberOf(task.getProcessInstanceId());
  }

  /** The description of the task's step. */
  public static StepDefinition stepOf(Task task) {
    return StepCatalogue.of(
        StepCatalogue.processKeyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey());
  }

  /** When the task's step began: the start of a workbench act's entry in the history. */
  public static java.time.Instant created(Task task) {
    return task.getCreateTime().toInstant();
  }

  public static void requireStaff(Actor actor) {
    if (!actor.isStaff()) {
      throw DomainException.forbidden("error.forbidden.role", Role.CLERK.id());
    }
  }
}
