package cn.oneseal.workflow.task;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.SealRefusals;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Var;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.SectionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may work a task: whom its step's description ({@link StepDefinition}) admits — a holder of
 * the step's role who works the item's section — or the person it is assigned to. Shared by the
 * steps' completion and the workbench's operations so that both check the same rule, per task.
 */
@ApplicationScoped
public class TaskAccess {

  @Inject TaskService tasks;

  @Inject RuntimeService runtime;

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

  /** The same check for reading a task (its page, its row): no lock is taken. */
  public Task visible(Actor actor, String taskId) {
    requireStaff(actor);
    return permitted(actor, existing(taskId));
  }

  private Task permitted(Actor actor, Task task) {
    if (actor.username().equals(task.getAssignee())) {
      return task;
    }
    StepDefinition step = stepOf(task);
    if (!mayWork(actor, step, task)) {
      if (step.seals()) {
        // the window's notices and the decision carry the seal: an attempt by another is on record
        refusals.refused(actor, numberOf(task), task.getTaskDefinitionKey());
      }
      throw DomainException.forbidden("error.task.notYourGroup");
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
    Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
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

  public String numberOf(Task task) {
    return (String) runtime.getVariable(task.getProcessInstanceId(), Var.APPLICATION_NUMBER);
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
