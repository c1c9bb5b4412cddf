package cn.oneseal.workflow.task;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.notification.NotificationKind;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.engine.EngineExceptions;
import cn.oneseal.workflow.engine.EngineRecords;
import cn.oneseal.workflow.step.StepDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

/**
 * The approval operations every bureau's workbench offers, each with a required comment that goes
 * into the application's history: transfer (转办) to a colleague who may do the step, delegate (委派)
 * and get the task back, return (退回) to the review, urge (催办) the holder, and the chief's bulk
 * reassignment of the section's tasks. Each runs in one transaction with the engine; a task that
 * someone changed or completed at the same moment answers 409 and nothing is changed.
 */
@Stateless
@PermitAll
public class Workbench {

  @Inject TaskAccess access;

  @Inject TaskService tasks;

  @Inject RuntimeService runtime;

  @Inject ApplicationService applications;

  @Inject AccountService accounts;

  @Inject EngineRecords records;

  @Inject WorkbenchNotices notices;

  @Inject TaskActs acts;

  @Inject Inbox inbox;

  /** 转办: the task goes to a colleague who may do this step; the holder or an unclaimed task. */
  public WorkItem transfer(Actor actor, String taskId, String to, String comment) {
    Task task = access.workable(actor, taskId);
    requireComment(comment);
    requireNotDelegated(task);
    if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
      throw DomainException.conflict("error.task.claimedByOther", task.getAssignee());
    }
    String colleague = requireColleague(task, to, actor.username());
    String number = access.numberOf(task);
    EngineExceptions.guarded(() -> tasks.setAssignee(taskId, colleague));
    handedOver(task, number, Action.TRANSFERRED, actor, actor.username(), colleague, comment);
    return item(actor, taskId);
  }

  /** 委派: a colleague does the work and gives the task back; the holder stays its owner. */
  public WorkItem delegate(Actor actor, String taskId, String to, String comment) {
    Task task = access.workable(actor, taskId);
    requireComment(comment);
    requireNotDelegated(task);
    if (task.getAssignee() == null) {
      EngineExceptions.guarded(() -> tasks.claim(taskId, actor.username()));
    } else if (!task.getAssignee().equals(actor.username())) {
      throw DomainException.conflict("error.task.claimedByOther", task.getAssignee());
    }
    String colleague = requireColleague(task, to, actor.username());
    String number = access.numberOf(task);
    EngineExceptions.guarded(() -> tasks.delegateTask(taskId, colleague));
    handedOver(task, number, Action.DELEGATED, actor, actor.username(), colleague, comment);
    return item(actor, taskId);
  }

  /** The delegate gives the task back to its owner with the result of their work. */
  public WorkItem resolve(Actor actor, String taskId, String comment) {
    Task task = access.locked(taskId);
    TaskAccess.requireStaff(actor);
    requireComment(comment);
    if (task.getDelegationState() != DelegationState.PENDING
        || !actor.username().equals(task.getAssignee())) {
      throw DomainException.conflict("error.task.notDelegatedToYou");
    }
    String owner = task.getOwner();
    String number = access.numberOf(task);
    EngineExceptions.guarded(() -> tasks.resolveTask(taskId));
    handedOver(task, number, Action.DELEGATION_RESOLVED, actor, actor.username(), owner, comment);
    return item(actor, taskId);
  }

  /**
   * 退回: a step that its description lets return (the decision or a special step of the generic
   * model) sends the case back to the step named there — the review — to the officer who reviewed
   * it. A registration's steps return nowhere: its review is followed by the departments' data
   * pushes, which must not be sent twice.
   */
  public String returnToReview(Actor actor, String taskId, String comment) {
    Task task = access.workable(actor, taskId);
    requireComment(comment);
    if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
      throw DomainException.conflict("error.task.claimedByOther", task.getAssignee());
    }
    StepDefinition step = TaskAccess.stepOf(task);
    if (!step.returnable()) {
      throw DomainException.conflict("error.task.notReturnable", task.getTaskDefinitionKey());
    }
    String number = access.numberOf(task);
    applications.returnToReview(actor, number, task.getTaskDefinitionKey(), comment.strip());
    EngineExceptions.guarded(
        () ->
            runtime
                .createProcessInstanceModification(task.getProcessInstanceId())
                .cancelAllForActivity(task.getTaskDefinitionKey())
                .startBeforeActivity(step.returnsTo())
                .execute());
    Task review = acts.assignReviewToLastReviewer(task.getProcessInstanceId());
    if (review != null && review.getAssignee() != null) {
      notices.operated(
          NotificationKind.TASK_RETURNED, review.getAssignee(), review, number, comment.strip());
    }
    return review == null ? null : review.getId();
  }

  /**
   * 催办: the chief of the section, the director or the supervision remind the holder; a chief meets
   * another section's task as "not found", as they meet its case.
   */
  public void urge(Actor actor, String taskId, String comment) {
    Task task = access.existing(taskId);
    if (!mayUrge(actor)) {
      throw DomainException.forbidden("error.forbidden.role", Role.CHIEF.id());
    }
    access.readable(actor, task);
    requireComment(comment);
    String number = access.numberOf(task);
    applications.noteTask(
        number,
        task.getTaskDefinitionKey(),
        Action.URGED,
        actor.username(),
        TaskAccess.created(task),
        comment.strip());
    notices.urged(task, number, actor.username() + "：" + comment.strip());
  }

  /**
   * The chief's (or director's) bulk reassignment of tasks to a colleague who may do them; all or
   * nothing.
   */
  public int reassign(Actor actor, List<String> taskIds, String to, String comment) {
    if (!actor.has(Role.CHIEF) && !actor.has(Role.DIRECTOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.CHIEF.id());
    }
    requireComment(comment);
    if (taskIds == null || taskIds.isEmpty() || taskIds.size() > 200) {
      throw DomainException.invalid("error.task.reassignNone");
    }
    for (String taskId : taskIds) {
      // a chief reads, and so reassigns, their own section's tasks only; another's are "not found"
      Task task = access.readable(actor, access.locked(taskId));
      requireNotDelegated(task);
      String colleague = requireColleague(task, to, null);
      String number = access.numberOf(task);
      String from = task.getAssignee() == null ? "—" : task.getAssignee();
      EngineExceptions.guarded(() -> tasks.setAssignee(taskId, colleague));
      handedOver(task, number, Action.REASSIGNED, actor, from, colleague, comment);
    }
    return taskIds.size();
  }

  /**
   * The open steps of one application with their holders and clocks, for staff and supervisors who
   * may read the case (the supervisors urge from here); others answer "not found".
   */
  public List<WorkItem> openTasks(Actor actor, String number) {
    // read once: the open tasks answer the request and are the read's purpose on the audit trail
    List<Task> open = records.tasksOfCase(number);
    applications.readable(actor, number, EngineCaseSteps.stepsOf(open, actor.username()));
    if (!actor.readsOthersCases()) {
      throw DomainException.notFound("error.application.notFound", number);
    }
    return inbox.toWorkItems(actor, open);
  }

  /** Whether this person may urge (催办): the supervision, the director and section chiefs. */
  public static boolean mayUrge(Actor actor) {
    return actor.has(Role.DIRECTOR) || actor.has(Role.SUPERVISOR) || actor.has(Role.CHIEF);
  }

  /**
   * The section's workload for its chief (the director: the whole bureau): a page of the open staff
   * tasks of the section's items, claimed or not, soonest deadline first; counted and sliced in the
   * database.
   */
  public ResultPage<WorkItem> workload(Actor actor, InboxFilter filter, Paging paging) {
    return inbox.toWorkItems(actor, workloadQuery(actor, filter).page(tasks, paging));
  }

  /**
   * How many tasks of the section's workload match {@code filter} (e.g. one colleague's yellow
   * cards): only the count is run, no row is read.
   */
  public long workloadCount(Actor actor, InboxFilter filter) {
    return workloadQuery(actor, filter).count(tasks);
  }

  private OpenTaskQuery workloadQuery(Actor actor, InboxFilter filter) {
    if (!actor.has(Role.CHIEF) && !actor.has(Role.DIRECTOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.CHIEF.id());
    }
    OpenTaskQuery query = new OpenTaskQuery();
    query.where(
        query.candidateOf(List.of(Role.OFFICER.id(), Role.CLERK.id(), Role.DIRECTOR.id()))
            + (actor.has(Role.DIRECTOR) ? "" : Inbox.sectionWorked(actor, query)));
    if ("unclaimed".equals(filter.holder())) {
      query.where("RES.ASSIGNEE_ is null");
    } else if (filter.holder() != null && !filter.holder().isBlank()) {
      query.where("RES.ASSIGNEE_ = " + query.bind(filter.holder()));
    }
    return query.filtered(filter);
  }

  /** What each kind of hand-over tells the person who receives the task. */
  private static final Map<Action, NotificationKind> HAND_OVER_NOTICES =
      Map.of(
          Action.TRANSFERRED, NotificationKind.TASK_TRANSFERRED,
          Action.REASSIGNED, NotificationKind.TASK_TRANSFERRED,
          Action.DELEGATED, NotificationKind.TASK_DELEGATED,
          Action.DELEGATION_RESOLVED, NotificationKind.TASK_ASSIGNED);

  /**
   * A task changed hands: on record in the history ("from → to: comment"), and the receiver told.
   */
  private void handedOver(
      Task task,
      String number,
      Action action,
      Actor actor,
      String from,
      String to,
      String comment) {
    applications.noteTask(
        number,
        task.getTaskDefinitionKey(),
        action,
        actor.username(),
        TaskAccess.created(task),
        from + " → " + to + "：" + comment.strip());
    notices.operated(HAND_OVER_NOTICES.get(action), to, task, number, comment.strip());
  }

  /** The colleague exists, is not the one handing over, and may do this step of this case. */
  private String requireColleague(Task task, String to, String self) {
    if (to == null || to.isBlank()) {
      throw DomainException.invalid("error.task.colleagueRequired");
    }
    Actor colleague =
        accounts
            .actorOf(to.strip())
            .orElseThrow(() -> DomainException.invalid("error.task.noSuchColleague", to.strip()));
    if (colleague.username().equals(self)) {
      throw DomainException.invalid("error.task.colleagueIsYou");
    }
    if (!colleague.isStaff() || !access.mayWork(colleague, TaskAccess.stepOf(task), task)) {
      throw DomainException.invalid("error.task.colleagueMayNotWork", colleague.username());
    }
    return colleague.username();
  }

  private static void requireComment(String comment) {
    if (comment == null || comment.isBlank()) {
      throw DomainException.invalid("error.task.commentRequired");
    }
    if (comment.length() > 2000) {
      throw DomainException.invalid("error.task.commentTooLong");
    }
  }

  private static void requireNotDelegated(Task task) {
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw DomainException.conflict("error.task.delegationPending", task.getAssignee());
    }
  }

  /** The task as it is now, for the one who just handed it over. */
  private WorkItem item(Actor actor, String taskId) {
    return inbox.toWorkItems(actor, List.of(access.existing(taskId))).get(0);
  }
}
