package cn.oneseal.workflow.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.workflow.TestEngines;
import cn.oneseal.workflow.commitment.CommitmentLicensingProcess.End;
import cn.oneseal.workflow.commitment.CommitmentLicensingProcess.Outcome;
import cn.oneseal.workflow.commitment.CommitmentLicensingProcess.Task;
import cn.oneseal.workflow.commitment.CommitmentLicensingProcess.Var;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through {@code commitmentLicensing.bpmn} (告知承诺制) on an in-memory engine, jobs run by
 * hand, delegates replaced by recording mocks: the decision follows the window with no review; an
 * approval waits for the post-check's day; the post-check keeps, rectifies or finds the commitment
 * false; the holder's statement (or its period running out) leads to the director's revocation
 * step.
 */
@Deployment(resources = "processes/commitmentLicensing.bpmn")
class CommitmentLicensingProcessTest {

  private static final String APPLICANT = "applicant-13900000000";
  private static final Instant DECIDED_AT = Instant.parse("2026-03-02T02:00:00Z");

  /** The decision plus two months, as the service computes it for the default period. */
  private static final Instant POST_CHECK_DUE = Instant.parse("2026-05-02T02:00:00Z");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("commitmentLicensingProcessTest"))
          .build();

  private ProcessEngine engine;

  private final List<String> delivered = new ArrayList<>();
  private final List<String> scheduled = new ArrayList<>();

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(DECIDED_AT));
    Mocks.register(
        CommitmentLicensingProcess.Delegate.DELIVER_DECISION,
        (JavaDelegate) execution -> delivered.add((String) execution.getVariable(Var.DECISION)));
    Mocks.register(
        CommitmentLicensingProcess.Delegate.SCHEDULE_POST_CHECK,
        (JavaDelegate)
            execution -> {
              scheduled.add((String) execution.getVariable(Var.APPLICATION_NUMBER));
              execution.setVariable(Var.POST_CHECK_DUE, Date.from(POST_CHECK_DUE));
            });
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance submit(String number) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            CommitmentLicensingProcess.KEY,
            number,
            Variables.createVariables()
                .putValue(Var.APPLICATION_NUMBER, number)
                .putValue(Var.APPLICANT, APPLICANT));
  }

  /** Window accepts, director approves on the spot: the process waits for the post-check's day. */
  private ProcessInstance approved(String number) {
    ProcessInstance pi = submit(number);
    assertThat(pi).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));
    return pi;
  }

  private Job timerOf(ProcessInstance pi, String activity) {
    return jobQuery().processInstanceId(pi.getId()).activityId(activity).timers().singleResult();
  }

  /** Approved, then the post-check timer fired: the officer's post-check is open. */
  private ProcessInstance atPostCheck(String number) {
    ProcessInstance pi = approved(number);
    execute(timerOf(pi, "postCheckDueReached"));
    assertThat(pi).isWaitingAt(Task.POST_CHECK);
    return pi;
  }

  @Test
  void theDecisionFollowsTheWindowWithoutReviewAndThePostCheckWaitsForItsDay() {
    ProcessInstance pi = submit("XK20260302000001");

    assertThat(pi).isWaitingAt(Task.ACCEPT);
    assertThat(task()).hasCandidateGroup(GeneralLicensingProcess.Group.CLERK);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));

    // no substantive review: the director decides next
    assertThat(pi).isWaitingAt(Task.DECIDE);
    assertThat(task()).hasCandidateGroup(GeneralLicensingProcess.Group.DIRECTOR);
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));

    assertThat(delivered).containsExactly(Outcome.APPROVE);
    assertThat(scheduled).containsExactly("XK20260302000001");
    assertThat(pi).isWaitingAt("postCheckDueReached");
    Job timer = timerOf(pi, "postCheckDueReached");
    assertThat(timer.getDuedate()).isEqualTo(Date.from(POST_CHECK_DUE));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .as("nothing to do until the post-check falls due")
        .isZero();

    execute(timer);
    assertThat(pi).isWaitingAt(Task.POST_CHECK);
    assertThat(task()).hasCandidateGroup(GeneralLicensingProcess.Group.OFFICER).isNotAssigned();
  }

  @Test
  void aKeptCommitmentEndsAtThePostCheck() {
    ProcessInstance pi = atPostCheck("XK20260302000002");
    complete(task(), withVariables(Var.CHECK_OUTCOME, Outcome.MET));
    assertThat(pi)
        .hasPassedInOrder(Task.DECIDE, "schedulePostCheck", Task.POST_CHECK, End.KEPT)
        .hasNotPassed(Task.SUBMIT_STATEMENT, Task.DECIDE_REVOCATION)
        .isEnded();
  }

  @Test
  void anUnmetConditionWaitsForTheRectificationPeriodThenIsRechecked() {
    ProcessInstance pi = atPostCheck("XK20260302000003");
    Instant due = POST_CHECK_DUE.plus(Duration.ofDays(30));
    complete(
        task(),
        withVariables(Var.CHECK_OUTCOME, Outcome.UNMET, Var.RECTIFICATION_DUE, Date.from(due)));

    assertThat(pi).isWaitingAt("rectificationPeriodOver");
    assertThat(timerOf(pi, "rectificationPeriodOver").getDuedate()).isEqualTo(Date.from(due));
    execute(timerOf(pi, "rectificationPeriodOver"));

    assertThat(pi).isWaitingAt(Task.RECHECK);
    assertThat(task()).hasCandidateGroup(GeneralLicensingProcess.Group.OFFICER);
    complete(task(), withVariables(Var.CHECK_OUTCOME, Outcome.MET));
    assertThat(pi).hasPassed(End.RECTIFIED).hasNotPassed(Task.SUBMIT_STATEMENT).isEnded();
  }

  @Test
  void stillUnmetAfterRectificationLeadsToTheStatementAndTheRevocationStep() {
    ProcessInstance pi = atPostCheck("XK20260302000004");
    complete(
        task(),
        withVariables(
            Var.CHECK_OUTCOME,
            Outcome.UNMET,
            Var.RECTIFICATION_DUE,
            Date.from(POST_CHECK_DUE.plus(Duration.ofDays(30)))));
    execute(timerOf(pi, "rectificationPeriodOver"));
    complete(
        task(),
        withVariables(
            Var.CHECK_OUTCOME,
            Outcome.UNMET,
            Var.STATEMENT_DUE,
            Date.from(POST_CHECK_DUE.plus(Duration.ofDays(35)))));

    assertThat(pi).isWaitingAt(Task.SUBMIT_STATEMENT);
    assertThat(task()).isAssignedTo(APPLICANT);
  }

  @Test
  void aFalseCommitmentIsRevokedAfterTheHoldersStatement() {
    ProcessInstance pi = atPostCheck("XK20260302000005");
    complete(
        task(),
        withVariables(
            Var.CHECK_OUTCOME,
            Outcome.FALSE,
            Var.STATEMENT_DUE,
            Date.from(POST_CHECK_DUE.plus(Duration.ofDays(5)))));

    assertThat(pi).isWaitingAt(Task.SUBMIT_STATEMENT);
    assertThat(task()).isAssignedTo(APPLICANT);
    complete(task());

    assertThat(pi).isWaitingAt(Task.DECIDE_REVOCATION);
    assertThat(task()).hasCandidateGroup(GeneralLicensingProcess.Group.DIRECTOR);
    complete(task(), withVariables(Var.REVOCATION, Outcome.REVOKE));
    assertThat(pi)
        .hasPassedInOrder(Task.POST_CHECK, Task.SUBMIT_STATEMENT, Task.DECIDE_REVOCATION)
        .hasPassed(End.REVOKED)
        .hasNotPassed("statementPeriodOver")
        .isEnded();
  }

  @Test
  void withoutAStatementThePeriodRunsOutAndTheDirectorMayKeepTheApproval() {
    ProcessInstance pi = atPostCheck("XK20260302000006");
    Instant statementDue = POST_CHECK_DUE.plus(Duration.ofDays(5));
    complete(
        task(),
        withVariables(
            Var.CHECK_OUTCOME, Outcome.FALSE, Var.STATEMENT_DUE, Date.from(statementDue)));
    Job period = timerOf(pi, "statementPeriodOver");
    assertThat(period.getDuedate()).isEqualTo(Date.from(statementDue));

    execute(period);
    assertThat(pi).isWaitingAt(Task.DECIDE_REVOCATION);
    complete(task(), withVariables(Var.REVOCATION, Outcome.KEEP));
    assertThat(pi).hasPassed("statementPeriodOver", End.NOT_REVOKED).isEnded();
  }

  @Test
  void aDenialIsDeliveredAndNothingIsChecked() {
    ProcessInstance pi = submit("XK20260302000007");
    assertThat(pi).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.DECISION, Outcome.DENY));
    assertThat(delivered).containsExactly(Outcome.DENY);
    assertThat(scheduled).isEmpty();
    assertThat(pi).hasPassed(End.DENIED).isEnded();
  }

  @Test
  void theWindowMayRefuseOrAskForCorrectionsAsInEveryLicensingCase() {
    ProcessInstance refused = submit("XK20260302000008");
    assertThat(refused).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.REFUSE));
    assertThat(refused).hasPassed(End.REFUSED).isEnded();

    ProcessInstance corrected = submit("XK20260302000009");
    assertThat(corrected).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.CORRECT));
    assertThat(corrected).isWaitingAt(Task.SUBMIT_CORRECTIONS);
    assertThat(task()).isAssignedTo(APPLICANT);
    complete(task());
    assertThat(corrected).isWaitingAt(Task.ACCEPT);
  }

  @Test
  void theApplicantMayWithdrawBeforeTheDecision() {
    ProcessInstance pi = submit("XK20260302000010");
    engine
        .getRuntimeService()
        .createMessageCorrelation(GeneralLicensingProcess.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey("XK20260302000010")
        .correlate();
    assertThat(pi).hasPassed(End.WITHDRAWN).isEnded();
  }

  @Test
  void theStepsSayWhoActsAndWhichActsSeal() {
    StepDefinition postCheck =
        StepCatalogue.find(CommitmentLicensingProcess.KEY, Task.POST_CHECK).orElseThrow();
    assertThat(postCheck.role()).isEqualTo("officer");
    assertThat(postCheck.outcomeValues()).containsExactly("met", "unmet", "false");
    assertThat(postCheck.outcome("unmet").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.RECTIFICATION_ORDER);
    assertThat(postCheck.outcome("false").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.REVOCATION_NOTICE);
    assertThat(postCheck.outcome("met").orElseThrow().document()).isNull();

    StepDefinition revocation =
        StepCatalogue.find(CommitmentLicensingProcess.KEY, Task.DECIDE_REVOCATION).orElseThrow();
    assertThat(revocation.role()).isEqualTo("director");
    assertThat(revocation.outcome("revoke").orElseThrow().document())
        .isEqualTo(IssuedDocument.Kind.REVOCATION_DECISION);

    StepDefinition decision =
        StepCatalogue.find(CommitmentLicensingProcess.KEY, Task.DECIDE).orElseThrow();
    assertThat(decision.returnable()).as("there is no review to return to").isFalse();
    assertThat(
            StepCatalogue.find(CommitmentLicensingProcess.KEY, Task.SUBMIT_STATEMENT)
                .orElseThrow()
                .staffStep())
        .isFalse();
  }
}
