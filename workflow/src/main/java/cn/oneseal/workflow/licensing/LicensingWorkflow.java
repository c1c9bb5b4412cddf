package cn.oneseal.workflow.licensing;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.Submission;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.application.dto.ClockView;
import cn.oneseal.application.dto.StepClockView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Var;
import cn.oneseal.workflow.registration.RegistrationProcess;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.task.Completion;
import cn.oneseal.workflow.task.InboxFilter;
import cn.oneseal.workflow.task.TaskAccess;
import cn.oneseal.workflow.task.WorkItem;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What people do to an application that moves its process: submit, withdraw, answer a correction
 * request, and the staff's claim / release / complete of their tasks. Each method runs in one
 * container transaction with the domain write it causes, so the process and the legal record never
 * disagree. Authorization is checked per task: a task can be worked only by a member of its
 * candidate group, and only by the one who claimed it.
 */
@Stateless
@PermitAll
public class LicensingWorkflow {

  /** Which process variable switches each special step's path on. */
  static final Map<SpecialStepKind, String> SPECIAL_STEP_VARIABLES =
      Map.of(
          SpecialStepKind.SITE_INSPECTION, Var.SITE_INSPECTION,
          SpecialStepKind.EXPERT_REVIEW, Var.EXPERT_REVIEW,
          SpecialStepKind.HEARING, Var.HEARING,
          SpecialStepKind.PUBLIC_NOTICE, Var.PUBLIC_NOTICE);

  @Inject RuntimeService runtime;

  @Inject TaskAccess access;

  @Inject TaskService tasks;

  @Inject HistoryService history;

  @Inject ApplicationService applications;

  @Inject OneSealConfig config;

  @Inject LegalClockService clocks;

  @Inject AccountService accounts;

  public Submission submit(
      Actor actor,
      String itemCode,
      Map<String, String> form,
      List<Upload> uploads,
      String idempotencyKey) {
    Submission submission = applications.submit(actor, itemCode, form, uploads, idempotencyKey);
    if (submission.created()) {
      VariableMap variables =
          Variables.createVariables()
              .putValue(Var.APPLICATION_NUMBER, submission.number())
              .putValue(Var.APPLICANT, actor.username())
              .putValue(Var.ACCEPTANCE_DEADLINE, windowEnds(submission.number()))
              .putValue(Var.COUNTERSIGN_OFFICERS, submission.countersignOfficers())
              .putValue(Var.COUNTERSIGN_OBJECTED, false)
              .putValue(RegistrationProcess.Var.PUSH_RETRY_CYCLE, config.pushRetryCycle());
      // the item version's special steps switch the model's optional paths on
      SPECIAL_STEP_VARIABLES.forEach(
          (kind, variable) ->
              variables.putValue(variable, submission.specialSteps().contains(kind)));
      ProcessInstance instance =
          runtime.startProcessInstanceByKey(
              submission.processKey(), submission.number(), variables);
      applications.attachWorkflow(submission.number(), instance.getId());
    }
    return submission;
  }

  /** The applicant withdraws before the decision; the process ends at "withdrawn". */
  public void withdraw(Actor actor, String number, String reason) {
    applications.withdraw(actor, number, reason);
    try {
      runtime
          .createMessageCorrelation(GeneralLicensingProcess.MESSAGE_WITHDRAW)
          .processInstanceBusinessKey(number)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw DomainException.conflict("error.withdraw.tooLate", number);
    }
  }

  /** The applicant hands in what the one-time correction notice asked for. */
  public void answerCorrections(Actor actor, String number, String note, List<Upload> uploads) {
    org.camunda.bpm.engine.task.Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(number)
            .taskDefinitionKey(Task.SUBMIT_CORRECTIONS)
            .singleResult();
    Instant created = task == null ? null : task.getCreateTime().toInstant();
    applications.answerCorrections(actor, number, note, uploads, created);
    if (task == null || !actor.username().equals(task.getAssignee())) {
      throw DomainException.conflict("error.correction.notRequested", number);
    }
    // the window's days count again from the day the materials arrived
    completeGuarded(
        task.getId(),
        Variables.createVariables().putValue(Var.ACCEPTANCE_DEADLINE, windowEnds(number)));
  }

  /**
   * When the window's time for this application is over: the end of its 5th working day after the
   * materials arrived (or, in tests, the configured short duration from now).
   */
  private Date windowEnds(String number) {
    return config
        .acceptanceReminder()
        .map(d -> Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.parse(d))))
        .orElseGet(() -> Date.from(clocks.windowEnds(number)));
  }

  /** My tasks and my groups' unclaimed ones, soonest deadline first. */
  public List<WorkItem> inbox(Actor actor) {
    return inbox(actor, InboxFilter.all());
  }

  /**
   * My tasks (also those I delegated), and the unclaimed tasks of my groups in my section; filtered
   * by item, step and card, sorted by deadline (or by age).
   */
  public List<WorkItem> inbox(Actor actor, InboxFilter filter) {
    requireStaff(actor);
    List<org.camunda.bpm.engine.task.Task> found =
        tasks
            .createTaskQuery()
            .or()
            .taskAssignee(actor.username())
            .taskOwner(actor.username())
            .taskCandidateGroupIn(List.copyOf(actor.roleIds()))
            .endOr()
            .orderByTaskCreateTime()
            .asc()
            .listPage(0, 500);
    Comparator<WorkItem> order =
        "created".equals(filter.sort())
            ? Comparator.comparing(WorkItem::created)
            : Comparator.comparingInt(WorkItem::workingDaysLeft).thenComparing(WorkItem::created);
    return toWorkItems(actor, found).stream()
        .filter(
            w ->
                actor.username().equals(w.assignee())
                    || actor.username().equals(w.owner())
                    || actor.worksSection(w.sectionCode()))
        .filter(w -> blank(filter.itemCode()) || filter.itemCode().equals(w.itemCode()))
        .filter(w -> blank(filter.step()) || filter.step().equals(w.step()))
        .filter(w -> blank(filter.card()) || filter.card().equals(w.card()))
        .sorted(order)
        .toList();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** One task, if this member of staff may work it. */
  public WorkItem task(Actor actor, String taskId) {
    org.camunda.bpm.engine.task.Task task = access.visible(actor, taskId);
    return toWorkItems(actor, List.of(task)).get(0);
  }

  public WorkItem claim(Actor actor, String taskId) {
    org.camunda.bpm.engine.task.Task task = workableTask(actor, taskId);
    if (task.getAssignee() != null) {
      if (task.getAssignee().equals(actor.username())) {
        return toWorkItems(actor, List.of(task)).get(0);
      }
      throw DomainException.conflict("error.task.claimedByOther", task.getAssignee());
    }
    try {
      tasks.claim(taskId, actor.username());
    } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
      throw DomainException.conflict("error.task.claimedByOther", "?");
    }
    applications.noteTask(
        numberOf(task),
        task.getTaskDefinitionKey(),
        Action.CLAIMED,
        actor.username(),
        TaskAccess.created(task),
        null);
    return task(actor, taskId);
  }

  public void release(Actor actor, String taskId) {
    org.camunda.bpm.engine.task.Task task = workableTask(actor, taskId);
    if (task.getAssignee() == null) {
      return;
    }
    if (!task.getAssignee().equals(actor.username())) {
      throw DomainException.conflict("error.task.claimedByOther", task.getAssignee());
    }
    try {
      tasks.setAssignee(taskId, null);
    } catch (OptimisticLockingException e) {
      throw DomainException.conflict("error.task.changedConcurrently");
    }
    applications.noteTask(
        numberOf(task),
        task.getTaskDefinitionKey(),
        Action.RELEASED,
        actor.username(),
        TaskAccess.created(task),
        null);
  }

  /**
   * Completes a step with one of the outcomes its description allows. The domain records the legal
   * act (and refuses a wrong one with nothing changed); the process then moves on.
   */
  public Completion complete(
      Actor actor, String taskId, String outcome, String opinion, List<String> missing) {
    return complete(actor, taskId, outcome, opinion, missing, null);
  }

  /**
   * As above; a site inspection (现场核查) names its inspectors: at least two officers, the one
   * completing the step among them (行政许可法 Art. 34: fact checks on site by two or more staff).
   */
  public Completion complete(
      Actor actor,
      String taskId,
      String outcome,
      String opinion,
      List<String> missing,
      List<String> inspectors) {
    return complete(actor, taskId, outcome, opinion, missing, inspectors, List.of());
  }

  /** As above; a site inspection's record also carries its photos (images). */
  public Completion complete(
      Actor actor,
      String taskId,
      String outcome,
      String opinion,
      List<String> missing,
      List<String> inspectors,
      List<Upload> photos) {
    org.camunda.bpm.engine.task.Task task = workableTask(actor, taskId);
    if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
      throw DomainException.conflict("error.task.claimedByOther", task.getAssignee());
    }
    if (task.getDelegationState() == DelegationState.PENDING) {
      // the delegate gives the task back; its owner completes it
      throw DomainException.conflict("error.task.delegationPending", task.getAssignee());
    }
    StepDefinition step = TaskAccess.stepOf(task);
    if (step.outcome(String.valueOf(outcome)).isEmpty()) {
      throw DomainException.invalid(
          "error.task.outcome", String.valueOf(outcome), String.join(", ", step.outcomeValues()));
    }
    String number = numberOf(task);
    Instant created = task.getCreateTime().toInstant();
    VariableMap variables = Variables.createVariables();
    switch (step.form()) {
      case ACCEPTANCE -> {
        switch (outcome) {
          case Outcome.ACCEPT -> applications.accept(actor, number, created, opinion);
          case Outcome.CORRECT ->
              applications.requestCorrections(actor, number, missing, created, opinion);
          default -> applications.refuse(actor, number, opinion, created);
        }
        variables.putValue(Var.ACCEPTANCE_OUTCOME, outcome);
      }
      case REVIEW -> {
        applications.review(actor, number, outcome, opinion, created);
        variables.putValue(Var.REVIEW_OUTCOME, outcome);
        // a new countersign round begins with nobody objecting
        variables.putValue(Var.COUNTERSIGN_OBJECTED, false);
      }
      case DECISION -> {
        applications.decide(actor, number, Outcome.APPROVE.equals(outcome), opinion, created);
        variables.putValue(Var.DECISION, outcome);
        variables.putValue(RegistrationProcess.Var.DECIDED_BY, actor.username());
      }
      case COUNTERSIGN -> {
        applications.countersign(actor, number, Outcome.AGREE.equals(outcome), opinion, created);
        if (Outcome.OBJECT.equals(outcome)) {
          variables.putValue(Var.COUNTERSIGN_OBJECTED, true);
        }
      }
      case SITE_INSPECTION, SPECIAL_STEP -> {
        boolean inspection = step.form() == StepForm.SITE_INSPECTION;
        String findings = inspection ? inspectionRecord(actor, inspectors, opinion) : opinion;
        if (inspection
            && photos != null
            && !photos.isEmpty()
            && findings != null
            && !findings.isBlank()) {
          applications.addInspectionPhotos(actor, number, photos);
          findings = findings + "\n照片 / Photos: " + photos.size();
        }
        applications.recordSpecialStep(actor, number, step.specialStep(), findings, created);
      }
      case CORRECTIONS ->
          throw DomainException.invalid(
              "error.task.notCompletableHere", task.getTaskDefinitionKey());
    }
    if (task.getAssignee() == null) {
      claimGuarded(taskId, actor.username());
    }
    completeGuarded(taskId, variables);
    if (step.form() == StepForm.COUNTERSIGN && Outcome.OBJECT.equals(outcome)) {
      // the objection goes back to the officer who reviewed
      assignReviewToLastReviewer(task.getProcessInstanceId());
    }
    return new Completion(number, applications.statusOf(number));
  }

  /**
   * A case back at the review (returned, or objected to in the countersign) goes to the officer who
   * reviewed it last; answers the review task, {@code null} if there is none.
   */
  public org.camunda.bpm.engine.task.Task assignReviewToLastReviewer(String processInstanceId) {
    String reviewer =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(Task.REVIEW)
            .finished()
            .orderByHistoricTaskInstanceEndTime()
            .desc()
            .list()
            .stream()
            .map(HistoricTaskInstance::getAssignee)
            .filter(a -> a != null)
            .findFirst()
            .orElse(null);
    org.camunda.bpm.engine.task.Task review =
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(Task.REVIEW)
            .singleResult();
    if (reviewer != null && review != null) {
      tasks.setAssignee(review.getId(), reviewer);
      return tasks.createTaskQuery().taskId(review.getId()).singleResult();
    }
    return review;
  }

  /** The two-person rule of a site inspection, and the record of who inspected. */
  private String inspectionRecord(Actor actor, List<String> inspectors, String findings) {
    List<String> names =
        inspectors == null
            ? List.of()
            : inspectors.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    if (names.size() < 2) {
      throw DomainException.invalid("error.inspection.twoRequired");
    }
    if (!names.contains(actor.username())) {
      throw DomainException.invalid("error.inspection.selfMissing");
    }
    for (String name : names) {
      boolean officer = accounts.actorOf(name).map(a -> a.has(Role.OFFICER)).orElse(false);
      if (!officer) {
        throw DomainException.invalid("error.inspection.notOfficer", name);
      }
    }
    if (findings == null || findings.isBlank()) {
      return findings;
    }
    return "检查人员 / Inspectors: " + String.join("、", names) + "\n" + findings;
  }

  private void claimGuarded(String taskId, String username) {
    try {
      tasks.claim(taskId, username);
    } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
      throw DomainException.conflict("error.task.claimedByOther", "?");
    } catch (NotFoundException e) {
      throw DomainException.conflict("error.task.alreadyCompleted");
    }
  }

  private void completeGuarded(String taskId, VariableMap variables) {
    try {
      tasks.complete(taskId, variables);
    } catch (OptimisticLockingException e) {
      throw DomainException.conflict("error.task.changedConcurrently");
    } catch (NotFoundException e) {
      // completed by someone else between our reading and our completion
      throw DomainException.conflict("error.task.alreadyCompleted");
    } catch (ProcessEnginePersistenceException e) {
      if (isTransactionConflict(e)) {
        // e.g. a timer of the same case firing at this moment: the database chose us as victim
        throw DomainException.conflict("error.task.changedConcurrently");
      }
      throw e;
    }
  }

  /** A deadlock or serialization failure (SQLSTATE class 40): nothing was changed, try again. */
  public static boolean isTransactionConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("40")) {
        return true;
      }
      if (cause instanceof java.sql.BatchUpdateException batch
          && batch.getNextException() != null
          && isTransactionConflict(batch.getNextException())) {
        return true;
      }
    }
    return false;
  }

  private org.camunda.bpm.engine.task.Task workableTask(Actor actor, String taskId) {
    return access.workable(actor, taskId);
  }

  private String numberOf(org.camunda.bpm.engine.task.Task task) {
    return access.numberOf(task);
  }

  /** Builds inbox rows with one query per kind of data, not one per task. */
  public List<WorkItem> toWorkItems(Actor actor, List<org.camunda.bpm.engine.task.Task> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    // the business key of each process instance is the application number
    Map<String, String> numbers =
        runtime
            .createProcessInstanceQuery()
            .processInstanceIds(
                found.stream()
                    .map(org.camunda.bpm.engine.task.Task::getProcessInstanceId)
                    .collect(Collectors.toSet()))
            .list()
            .stream()
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Map<String, ApplicationSummary> summaries =
        applications.summariesOf(actor, Set.copyOf(numbers.values()));
    Map<String, StepClockView> stepClocks =
        clocks.stepClocks(found.stream().map(org.camunda.bpm.engine.task.Task::getId).toList());
    Map<String, ClockView> caseClocks = clocks.clocksOf(Set.copyOf(numbers.values()));
    return found.stream()
        .map(
            t -> {
              String number = numbers.get(t.getProcessInstanceId());
              ApplicationSummary s = summaries.get(number);
              return new WorkItem(
                  t.getId(),
                  StepCatalogue.processKeyOf(t.getProcessDefinitionId()),
                  t.getTaskDefinitionKey(),
                  t.getName(),
                  number,
                  s == null ? null : s.itemCode(),
                  s == null ? null : s.itemNameZh(),
                  s == null ? null : s.itemNameEn(),
                  s == null ? null : s.applicant(),
                  t.getAssignee(),
                  t.getCreateTime().toInstant(),
                  t.getOwner(),
                  t.getDelegationState() == DelegationState.PENDING,
                  s == null ? null : s.sectionCode(),
                  stepClocks.get(t.getId()),
                  caseClocks.get(number));
            })
        .toList();
  }

  private static void requireStaff(Actor actor) {
    TaskAccess.requireStaff(actor);
  }
}
