package cn.oneseal.workflow.licensing;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CommitmentService;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.Submission;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.workflow.commitment.CommitmentLicensingProcess;
import cn.oneseal.workflow.engine.EngineExceptions;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Var;
import cn.oneseal.workflow.registration.RegistrationProcess;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the applicant does that moves the process: submit (the process starts with the item
 * version's special steps and countersign switched on), withdraw, answer a correction request. Each
 * method runs in one container transaction with the domain write it causes, so the process and the
 * legal record never disagree. The staff's acts on their tasks are {@link
 * cn.oneseal.workflow.task.TaskActs}; their inbox is {@link cn.oneseal.workflow.task.Inbox}.
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

  @Inject TaskService tasks;

  @Inject ApplicationService applications;

  @Inject OneSealConfig config;

  @Inject LegalClockService clocks;

  @Inject CommitmentService commitments;

  public Submission submit(
      Actor actor,
      String itemCode,
      Map<String, String> form,
      List<Upload> uploads,
      String idempotencyKey) {
    return submit(actor, itemCode, form, uploads, idempotencyKey, false);
  }

  /**
   * As above; {@code commitment}: the applicant chose the commitment path (告知承诺制) of an eligible
   * item and signs its commitment — the letter is recorded with the application, and the case runs
   * {@link CommitmentLicensingProcess} (decision on the spot, then the post-check). An item that
   * does not offer it is refused before anything is filed.
   */
  public Submission submit(
      Actor actor,
      String itemCode,
      Map<String, String> form,
      List<Upload> uploads,
      String idempotencyKey,
      boolean commitment) {
    if (cn.oneseal.application.DeregistrationService.SIMPLE_ITEM.equals(itemCode)
        || cn.oneseal.application.DeregistrationService.ORDINARY_ITEM.equals(itemCode)) {
      // a deregistration is filed with its checks and commitment (POST /api/deregistrations)
      throw DomainException.invalidField("itemCode", "error.deregistration.ownPath", itemCode);
    }
    if (cn.oneseal.application.VoucherService.ITEM.equals(itemCode)) {
      // a voucher is applied for with the firm's facts (POST /api/innovation-vouchers)
      throw DomainException.invalidField("itemCode", "error.voucher.ownPath", itemCode);
    }
    if (cn.oneseal.application.TechnicalContractService.ITEM.equals(itemCode)) {
      // a technical contract is filed with its terms (POST /api/technical-contracts)
      throw DomainException.invalidField("itemCode", "error.technicalContract.ownPath", itemCode);
    }
    return submit(actor, itemCode, form, uploads, idempotencyKey, commitment, false);
  }

  /**
   * Files what the one form of business registration prepared ({@code RegistrationWorkflow}): the
   * only way a registration item is filed; the generic filing above refuses it ({@code
   * error.application.registrationByForm}).
   */
  public Submission submitRegistration(
      Actor actor,
      String itemCode,
      Map<String, String> form,
      List<Upload> uploads,
      String idempotencyKey) {
    return submit(actor, itemCode, form, uploads, idempotencyKey, false, true);
  }

  private Submission submit(
      Actor actor,
      String itemCode,
      Map<String, String> form,
      List<Upload> uploads,
      String idempotencyKey,
      boolean commitment,
      boolean registrationForm) {
    if (commitment) {
      actor.require(cn.oneseal.domain.model.account.Role.CITIZEN);
      commitments.requireEligible(itemCode);
    }
    Submission submission =
        applications.submit(actor, itemCode, form, uploads, idempotencyKey, registrationForm);
    if (submission.created() && commitment) {
      commitments.sign(actor, submission.number());
      VariableMap variables =
          Variables.createVariables()
              .putValue(Var.APPLICATION_NUMBER, submission.number())
              .putValue(Var.APPLICANT, actor.username());
      ProcessInstance instance =
          runtime.startProcessInstanceByKey(
              CommitmentLicensingProcess.KEY, submission.number(), variables);
      applications.attachWorkflow(submission.number(), instance.getId());
      return new Submission(
          submission.number(),
          true,
          CommitmentLicensingProcess.KEY,
          List.of(),
          submission.countersignOfficers());
    }
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

  /**
   * The correction period of {@code number} passed unanswered: the system deems the application
   * withdrawn (the consequence of the item's guide) and ends its process as a withdrawal ends it,
   * in the caller's transaction (the legal-clock watch). A case whose process cannot take the
   * withdrawal (none waiting for it) is left as it is and answers {@code false}.
   */
  public boolean lapseCorrection(String number) {
    boolean waiting =
        runtime
                .createExecutionQuery()
                .processInstanceBusinessKey(number)
                .messageEventSubscriptionName(GeneralLicensingProcess.MESSAGE_WITHDRAW)
                .count()
            > 0;
    if (!waiting || !applications.lapseCorrection(number)) {
      return false;
    }
    runtime
        .createMessageCorrelation(GeneralLicensingProcess.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey(number)
        .correlateWithResult();
    return true;
  }

  /**
   * The holder states their case (陈述申辩) after being told that the commitment was found false; the
   * director's revocation step follows.
   */
  public cn.oneseal.application.dto.CommitmentView submitStatement(
      Actor actor, String number, String text) {
    org.camunda.bpm.engine.task.Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(number)
            .taskDefinitionKey(CommitmentLicensingProcess.Task.SUBMIT_STATEMENT)
            .singleResult();
    cn.oneseal.application.dto.CommitmentView view = commitments.statement(actor, number, text);
    if (task == null || !actor.username().equals(task.getAssignee())) {
      throw DomainException.conflict("error.commitment.statementNotInvited", number);
    }
    EngineExceptions.guarded(() -> tasks.complete(task.getId()));
    return view;
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
    VariableMap variables =
        Variables.createVariables().putValue(Var.ACCEPTANCE_DEADLINE, windowEnds(number));
    EngineExceptions.guarded(() -> tasks.complete(task.getId(), variables));
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
}
