package cn.oneseal.workflow.task;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.SealRefusals;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Var;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may work a task: a member of one of its candidate groups (the step's role) who works the
 * item's section, or the person it is assigned to. Shared by the steps' completion and the
 * workbench's operations so that both check the same rule, per task.
 */
@ApplicationScoped
public class TaskAccess {

  /** The steps whose act produces a sealed document. */
  static final Set<String> SEALED_STEPS =
      Set.of(GeneralLicensingProcess.Task.ACCEPT, GeneralLicensingProcess.Task.DECIDE);

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
    Set<String> groups = candidateGroups(task.getId());
    boolean inGroup = groups.stream().anyMatch(actor.roleIds()::contains);
    if (!inGroup || !worksSectionOf(actor, task)) {
      if (SEALED_STEPS.contains(task.getTaskDefinitionKey())) {
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

  public Set<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .collect(Collectors.toSet());
  }

  public String numberOf(Task task) {
    return (String) runtime.getVariable(task.getProcessInstanceId(), Var.APPLICATION_NUMBER);
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
