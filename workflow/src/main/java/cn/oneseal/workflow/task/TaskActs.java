package cn.oneseal.workflow.task;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CommitmentService;
import cn.oneseal.application.EvaluationService;
import cn.oneseal.application.credit.CreditCheckService;
import cn.oneseal.application.dto.DecisionPreview;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.commitment.CommitmentLicensingProcess;
import cn.oneseal.workflow.engine.EngineExceptions;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Var;
import cn.oneseal.workflow.registration.RegistrationProcess;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.step.StepDefinition.StepOutcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The staff's acts on their tasks: claim, release, and complete with one of the outcomes the step's
 * description allows ({@link StepDefinition}). Each runs in one container transaction with the
 * domain write it causes, so the process and the legal record never disagree. Authorization is
 * checked per task ({@link TaskAccess}): a task is worked only by whom its step admits, and only by
 * the one who claimed it.
 */
@Stateless
@PermitAll
public class TaskActs {

  @Inject TaskAccess access;

  @Inject TaskService tasks;

  @Inject HistoryService history;

  @Inject ApplicationService applications;

  @Inject AccountService accounts;

  @Inject Inbox inbox;

  @Inject EvaluationService evaluations;

  @Inject CreditCheckService creditChecks;
  @Inject CommitmentService commitments;

  @Inject cn.oneseal.application.DeregistrationService deregistrations;

  @Inject cn.oneseal.application.TechnicalContractService technicalContracts;

  @Inject cn.oneseal.application.VoucherService vouchers;

  public WorkItem claim(Actor actor, String taskId) {
    Task task = access.workable(actor, taskId);
    if (task.getAssignee() != null) {
      if (task.getAssignee().equals(actor.username())) {
        return inbox.claimed(actor, task);
      }
      throw DomainException.conflict("error.task.claimedByOther", task.getAssignee());
    }
    EngineExceptions.guarded(() -> tasks.claim(taskId, actor.username()));
    applications.noteTask(
        access.numberOf(task),
        task.getTaskDefinitionKey(),
        Action.CLAIMED,
        actor.username(),
        TaskAccess.created(task),
        null);
    return inbox.claimed(actor, task);
  }

  public void release(Actor actor, String taskId) {
    Task task = access.workable(actor, taskId);
    if (task.getAssignee() == null) {
      return;
    }
    if (!task.getAssignee().equals(actor.username())) {
      throw DomainException.conflict("error.task.claimedByOther", task.getAssignee());
    }
    EngineExceptions.guarded(() -> tasks.setAssignee(taskId, null));
    applications.noteTask(
        access.numberOf(task),
        task.getTaskDefinitionKey(),
        Action.RELEASED,
        actor.username(),
        TaskAccess.created(task),
        null);
  }

  /** The longest opinion a completion takes (the API's request and the page say the same). */
  public static final int OPINION_MAX = 4000;

  /**
   * The decision document that completing this decision step with {@code outcome} and {@code
   * opinion} would seal, unsealed: the director's preview ({@link
   * ApplicationService#previewDecision}). Only the director whom the step admits — the bureau's or
   * the case's section's — sees it; to anyone else, and for any other step, the task does not exist
   * (404), so that it cannot be probed. An outcome the step does not offer, or an opinion too long
   * to be completed with, is refused (400) with its field.
   */
  public DecisionPreview previewDecision(
      Actor actor, String taskId, String outcome, String opinion) {
    Task task = access.existing(taskId);
    StepDefinition step = TaskAccess.stepOf(task);
    String number = access.numberOf(task);
    boolean admitted =
        actor.has(Role.DIRECTOR)
            && step.form() == StepForm.DECISION
            && applications.mayRead(actor, number)
            && (actor.username().equals(task.getAssignee()) || access.mayWork(actor, step, task));
    if (!admitted) {
      throw DomainException.notFound("error.task.notFound", task.getId());
    }
    if (step.outcome(String.valueOf(outcome)).isEmpty()) {
      throw DomainException.invalidField(
          "outcome",
          "error.task.outcome",
          String.valueOf(outcome),
          String.join(", ", step.outcomeValues()));
    }
    if (opinion != null && opinion.length() > OPINION_MAX) {
      throw DomainException.invalidField("opinion", "error.field.tooLong", "opinion", OPINION_MAX);
    }
    return applications.previewDecision(actor, number, Outcome.APPROVE.equals(outcome), opinion);
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
    return complete(actor, taskId, outcome, opinion, missing, inspectors, photos, null, null);
  }

  /**
   * As above; approving an applicant on the register of seriously dishonest subjects takes the
   * legal reason {@code overrideReason}, or is refused, as the item's credit rule says
   * (docs/credit.md). The check runs for every outcome that issues an approval decision, whatever
   * the process. A post-check that orders rectification (告知承诺制) gives its period in days ({@code
   * null}: {@link CommitmentService#DEFAULT_RECTIFICATION_DAYS}).
   */
  public Completion complete(
      Actor actor,
      String taskId,
      String outcome,
      String opinion,
      List<String> missing,
      List<String> inspectors,
      List<Upload> photos,
      String overrideReason,
      Integer rectificationDays) {
    Task task = access.completable(actor, taskId, outcome);
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
    String number = access.numberOf(task);
    Instant created = task.getCreateTime().toInstant();
    boolean approving =
        step.outcome(outcome)
            .map(StepOutcome::document)
            .filter(IssuedDocument.Kind::isApproval)
            .isPresent();
    if (approving || step.form() == StepForm.DECISION) {
      creditChecks.clearForDecision(actor, number, approving, overrideReason);
    }
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
      case EVALUATION_FOLLOW_UP -> evaluations.answer(actor, taskId, opinion);
      case POST_CHECK -> {
        boolean recheck = CommitmentLicensingProcess.Task.RECHECK.equals(step.taskKey());
        CommitmentService.CheckResult result =
            commitments.check(actor, number, recheck, outcome, opinion, rectificationDays, created);
        variables.putValue(CommitmentLicensingProcess.Var.CHECK_OUTCOME, outcome);
        if (result.until() != null) {
          variables.putValue(
              CommitmentLicensingProcess.Outcome.UNMET.equals(outcome) && !recheck
                  ? CommitmentLicensingProcess.Var.RECTIFICATION_DUE
                  : CommitmentLicensingProcess.Var.STATEMENT_DUE,
              Date.from(result.until()));
        }
      }
      case REVOCATION -> {
        commitments.decideRevocation(
            actor,
            number,
            CommitmentLicensingProcess.Outcome.REVOKE.equals(outcome),
            opinion,
            created);
        variables.putValue(CommitmentLicensingProcess.Var.REVOCATION, outcome);
      }
      case OBJECTION -> {
        deregistrations.decideObjection(
            actor,
            number,
            cn.oneseal.workflow.deregistration.DeregistrationProcess.Outcome.SUSTAIN.equals(
                outcome),
            opinion);
        variables.putValue(
            cn.oneseal.workflow.deregistration.DeregistrationProcess.Var.OBJECTION_OUTCOME,
            outcome);
      }
      case CONTRACT_REGISTRATION -> {
        if (cn.oneseal.workflow.innovation.TechnicalContractProcess.Outcome.REGISTER.equals(
            outcome)) {
          technicalContracts.register(actor, number, opinion, created);
        } else {
          technicalContracts.reject(actor, number, opinion, created);
        }
        variables.putValue(
            cn.oneseal.workflow.innovation.TechnicalContractProcess.Var.REGISTRATION, outcome);
      }
      case VOUCHER_DECISION -> {
        vouchers.decide(actor, number, Outcome.APPROVE.equals(outcome), opinion, created);
        variables.putValue(Var.DECISION, outcome);
      }
      case CORRECTIONS, STATEMENT, FILING ->
          throw DomainException.invalid(
              "error.task.notCompletableHere", task.getTaskDefinitionKey());
    }
    if (task.getAssignee() == null) {
      EngineExceptions.guarded(() -> tasks.claim(taskId, actor.username()));
    }
    EngineExceptions.guarded(() -> tasks.complete(taskId, variables));
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
  public Task assignReviewToLastReviewer(String processInstanceId) {
    String reviewer =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(GeneralLicensingProcess.Task.REVIEW)
            .finished()
            .orderByHistoricTaskInstanceEndTime()
            .desc()
            .list()
            .stream()
            .map(HistoricTaskInstance::getAssignee)
            .filter(a -> a != null)
            .findFirst()
            .orElse(null);
    Task review =
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(GeneralLicensingProcess.Task.REVIEW)
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
}
