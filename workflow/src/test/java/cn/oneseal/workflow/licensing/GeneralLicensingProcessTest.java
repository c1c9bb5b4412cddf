package cn.oneseal.workflow.licensing;

import static cn.oneseal.workflow.licensing.GeneralLicensingProcess.KEY;
import static cn.oneseal.workflow.licensing.GeneralLicensingProcess.MESSAGE_WITHDRAW;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.oneseal.workflow.TestEngines;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.End;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Group;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Var;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through {@code generalLicensing.bpmn} on an in-memory engine: no server, no job
 * executor (jobs are run by hand), delegates replaced by recording mocks. Unless a test says
 * otherwise, an application starts with no special step switched on.
 */
@Deployment(resources = "processes/generalLicensing.bpmn")
class GeneralLicensingProcessTest {

  // Element ids that only the model and this test need.
  private static final String START = "applicationSubmitted";
  private static final String DEADLINE_TIMER = "acceptanceDeadlineReached";
  private static final String FLAG_DEEMED_ACCEPTANCE = "flagDeemedAcceptance";
  private static final String DELIVER_DECISION = "deliverDecision";

  private static final String APPLICANT = "applicant-13900000000";

  /** The end of Monday 10 March 2025 in Beijing: the 5th working day after Monday 3 March. */
  private static final Instant WINDOW_ENDS = Instant.parse("2025-03-10T16:00:00Z");

  private static final Instant SUBMITTED_AT = Instant.parse("2025-03-03T01:30:00Z");

  /** The switches of {@link Task#SPECIAL_STEPS}, in the same order. */
  private static final List<String> SPECIAL_STEP_SWITCHES =
      List.of(Var.SITE_INSPECTION, Var.EXPERT_REVIEW, Var.HEARING, Var.PUBLIC_NOTICE);

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("generalLicensingProcessTest"))
          .build();

  /** Injected by the extension. */
  private ProcessEngine engine;

  /** Application number → the decision variable seen by the delivery delegate. */
  private final Map<String, Object> delivered = new LinkedHashMap<>();

  /** Application numbers flagged as deemed accepted, in order. */
  private final List<String> flaggedDeemedAccepted = new ArrayList<>();

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT));
    Mocks.register(
        GeneralLicensingProcess.Delegate.DELIVER_DECISION,
        (JavaDelegate)
            execution ->
                delivered.put(
                    (String) execution.getVariable(Var.APPLICATION_NUMBER),
                    execution.getVariable(Var.DECISION)));
    Mocks.register(
        GeneralLicensingProcess.Delegate.FLAG_DEEMED_ACCEPTANCE,
        (JavaDelegate)
            execution ->
                flaggedDeemedAccepted.add((String) execution.getVariable(Var.APPLICATION_NUMBER)));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // --- accept → review → decide → deliver ------------------------------------------------------

  @Test
  void acceptedAndApprovedApplicationIsDelivered() {
    ProcessInstance pi = submit("SX-2025-0001");

    assertThat(pi).isWaitingAt(Task.ACCEPT);
    assertThat(task()).hasCandidateGroup(Group.CLERK);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));

    assertThat(pi).isWaitingAt(Task.REVIEW);
    assertThat(task()).hasCandidateGroup(Group.OFFICER);
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));

    assertThat(pi).isWaitingAt(Task.DECIDE);
    assertThat(task()).hasCandidateGroup(Group.DIRECTOR);
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));

    assertThat(pi)
        .hasPassedInOrder(
            START, Task.ACCEPT, Task.REVIEW, Task.DECIDE, DELIVER_DECISION, End.DELIVERED)
        .hasNotPassed(Task.SUBMIT_CORRECTIONS, FLAG_DEEMED_ACCEPTANCE, End.WITHDRAWN)
        .isEnded();
    Assertions.assertThat(delivered).containsExactly(entry("SX-2025-0001", Outcome.APPROVE));
    Assertions.assertThat(flaggedDeemedAccepted).isEmpty();
  }

  @Test
  void deniedApplicationIsDeliveredToo() {
    ProcessInstance pi = submit("SX-2025-0002");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    // The officer recommends approval, the director denies: the decision, not the review, routes.
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
    complete(task(), withVariables(Var.DECISION, Outcome.DENY));

    assertThat(pi)
        .hasPassedInOrder(Task.ACCEPT, Task.REVIEW, Task.DECIDE, DELIVER_DECISION, End.DELIVERED)
        .isEnded()
        .variables()
        .containsEntry(Var.REVIEW_OUTCOME, Outcome.APPROVE)
        .containsEntry(Var.DECISION, Outcome.DENY);
    Assertions.assertThat(delivered).containsExactly(entry("SX-2025-0002", Outcome.DENY));
  }

  // --- corrections -----------------------------------------------------------------------------

  @Test
  void correctionsGoToTheApplicantAndComeBackToTheWindow() {
    ProcessInstance pi = submit("SX-2025-0003");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.CORRECT));

    assertThat(pi).isWaitingAt(Task.SUBMIT_CORRECTIONS);
    assertThat(task()).isAssignedTo(APPLICANT);
    Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task().getId()))
        .extracting(IdentityLink::getType)
        .doesNotContain(IdentityLinkType.CANDIDATE);
    // While the applicant corrects, the window's clock does not run: no deadline timer.
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    complete(task());

    assertThat(pi).isWaitingAt(Task.ACCEPT);
    assertThat(task()).hasCandidateGroup(Group.CLERK);
    Assertions.assertThat(deadlineTimerOf(pi)).isNotNull();
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));

    assertThat(pi)
        .hasPassedInOrder(
            Task.ACCEPT,
            Task.SUBMIT_CORRECTIONS,
            Task.ACCEPT,
            Task.REVIEW,
            Task.DECIDE,
            End.DELIVERED)
        .isEnded();
    Assertions.assertThat(delivered).containsOnlyKeys("SX-2025-0003");
  }

  // --- refusal ---------------------------------------------------------------------------------

  @Test
  void refusedApplicationEndsWithoutDelivery() {
    ProcessInstance pi = submit("SX-2025-0004");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.REFUSE));

    assertThat(pi)
        .hasPassed(End.REFUSED)
        .hasNotPassed(Task.REVIEW, Task.DECIDE, DELIVER_DECISION)
        .isEnded();
    Assertions.assertThat(delivered).isEmpty();
    Assertions.assertThat(jobQuery().count()).isZero();
  }

  @Test
  void unknownAcceptanceOutcomeIsRejectedAndTheTaskStaysOpen() {
    ProcessInstance pi = submit("SX-2025-0005");

    assertThatThrownBy(
            () -> complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, "acceptWithoutChecking")))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(pi).isWaitingAt(Task.ACCEPT);
    assertThat(pi).hasNotPassed(Task.ACCEPT, Task.REVIEW, End.REFUSED);
  }

  @Test
  void unknownDecisionIsRejectedAndNothingIsDelivered() {
    ProcessInstance pi = submit("SX-2025-0006");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.DENY));

    assertThatThrownBy(() -> complete(task(), withVariables(Var.DECISION, "maybe")))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(pi).isWaitingAt(Task.DECIDE);
    Assertions.assertThat(delivered).isEmpty();
  }

  // --- withdrawal ------------------------------------------------------------------------------

  @Test
  void applicantWithdrawsWhileWaitingForAcceptance() {
    ProcessInstance pi = submit("SX-2025-0007");
    ProcessInstance other = submit("SX-2025-0008");

    withdraw("SX-2025-0007");

    assertWithdrawn(pi);
    // Only the named application is withdrawn; the other one still waits with its own timer.
    assertThat(other).isWaitingAt(Task.ACCEPT);
    Assertions.assertThat(jobQuery().processInstanceId(other.getId()).count()).isOne();
  }

  @Test
  void applicantWithdrawsWhileCorrecting() {
    ProcessInstance pi = submit("SX-2025-0009");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.CORRECT));
    assertThat(pi).isWaitingAt(Task.SUBMIT_CORRECTIONS);

    withdraw("SX-2025-0009");

    assertWithdrawn(pi);
    assertThat(pi).hasPassed(Task.SUBMIT_CORRECTIONS);
  }

  @Test
  void applicantWithdrawsDuringReview() {
    ProcessInstance pi = submit("SX-2025-0010");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    assertThat(pi).isWaitingAt(Task.REVIEW);

    withdraw("SX-2025-0010");

    assertWithdrawn(pi);
    assertThat(pi).hasNotPassed(Task.DECIDE);
  }

  @Test
  void applicantWithdrawsBeforeTheDecision() {
    ProcessInstance pi = submit("SX-2025-0011");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
    assertThat(pi).isWaitingAt(Task.DECIDE);

    withdraw("SX-2025-0011");

    assertWithdrawn(pi);
  }

  @Test
  void withdrawalAfterDeliveryFindsNoApplication() {
    ProcessInstance pi = submit("SX-2025-0012");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));
    assertThat(pi).isEnded();

    assertThatThrownBy(() -> withdraw("SX-2025-0012"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(pi).hasNotPassed(End.WITHDRAWN);
  }

  // --- the 5-day acceptance deadline -----------------------------------------------------------

  @Test
  void acceptanceDeadlineIsDueWhenTheWindowsDaysEnd() {
    ProcessInstance pi = submit("SX-2025-0013");

    Job timer = deadlineTimerOf(pi);
    Assertions.assertThat(timer).isNotNull();
    Assertions.assertThat(timer.getDuedate().toInstant()).isEqualTo(WINDOW_ENDS);
  }

  @Test
  void acceptanceDeadlineComesFromTheVariable() {
    Instant later = WINDOW_ENDS.plus(Duration.ofDays(3));
    submit("SX-2025-0014", later);

    Assertions.assertThat(job().getDuedate().toInstant()).isEqualTo(later);
  }

  @Test
  void correctionsArrivingSetTheWindowsNewDeadline() {
    ProcessInstance pi = submit("SX-2025-0018");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.CORRECT));
    assertThat(pi).isWaitingAt(Task.SUBMIT_CORRECTIONS);
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();

    Instant renewed = WINDOW_ENDS.plus(Duration.ofDays(9));
    complete(task(), withVariables(Var.ACCEPTANCE_DEADLINE, Date.from(renewed)));

    assertThat(pi).isWaitingAt(Task.ACCEPT);
    Assertions.assertThat(deadlineTimerOf(pi).getDuedate().toInstant()).isEqualTo(renewed);
  }

  @Test
  void missedDeadlineFlagsDeemedAcceptanceAndKeepsTheWindowTaskOpen() {
    ProcessInstance pi = submit("SX-2025-0015");
    String acceptTaskId = task().getId();

    ClockUtil.setCurrentTime(Date.from(WINDOW_ENDS));
    execute(job());

    assertThat(pi)
        .hasPassedInOrder(DEADLINE_TIMER, FLAG_DEEMED_ACCEPTANCE, End.DEEMED_ACCEPTANCE_FLAGGED)
        .isWaitingAt(Task.ACCEPT);
    Assertions.assertThat(task().getId()).isEqualTo(acceptTaskId);
    Assertions.assertThat(flaggedDeemedAccepted).containsExactly("SX-2025-0015");
    // The reminder fires once; the clerk still has to act.
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();

    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    assertThat(pi).isWaitingAt(Task.REVIEW);
    Assertions.assertThat(flaggedDeemedAccepted).containsExactly("SX-2025-0015");
  }

  @Test
  void acceptingInTimeRemovesTheDeadline() {
    ProcessInstance pi = submit("SX-2025-0016");
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isOne();

    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));

    assertThat(pi).isWaitingAt(Task.REVIEW).hasNotPassed(FLAG_DEEMED_ACCEPTANCE);
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    Assertions.assertThat(flaggedDeemedAccepted).isEmpty();
  }

  @Test
  void missingDeadlineIsRejectedAtSubmission() {
    Map<String, Object> variables = variablesFor("SX-2025-0017");
    variables.remove(Var.ACCEPTANCE_DEADLINE);

    assertThatThrownBy(
            () ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey(KEY, "SX-2025-0017", variables))
        .isInstanceOf(ProcessEngineException.class);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  // --- countersign (会签) after the review ---------------------------------------------------------

  @Test
  void countersignRunsOneTaskPerOfficerAndAllMustAgree() {
    ProcessInstance pi = submitWithCountersign("SX-2025-0031", 2);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));

    List<org.camunda.bpm.engine.task.Task> countersigns = countersignTasks(pi);
    Assertions.assertThat(countersigns).hasSize(2);
    Assertions.assertThat(groupsOf(countersigns.get(0).getId())).containsExactly(Group.OFFICER);
    complete(countersigns.get(0));
    assertThat(pi).isWaitingAt(Task.COUNTERSIGN);
    complete(countersigns.get(1));

    assertThat(pi).isWaitingAt(Task.DECIDE).hasPassed(Task.COUNTERSIGN);
  }

  @Test
  void oneObjectionEndsTheCountersignAndSendsTheCaseBackToTheReview() {
    ProcessInstance pi = submitWithCountersign("SX-2025-0032", 3);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
    List<org.camunda.bpm.engine.task.Task> countersigns = countersignTasks(pi);
    Assertions.assertThat(countersigns).hasSize(3);

    complete(countersigns.get(0));
    complete(countersigns.get(1), withVariables(Var.COUNTERSIGN_OBJECTED, true));

    // the third officer's task is withdrawn; the review starts again
    Assertions.assertThat(countersignTasks(pi)).isEmpty();
    assertThat(pi).isWaitingAt(Task.REVIEW);
    complete(
        task(),
        withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE, Var.COUNTERSIGN_OBJECTED, false));
    Assertions.assertThat(countersignTasks(pi)).hasSize(3);
  }

  @Test
  void withoutCountersignTheReviewGoesStraightOn() {
    ProcessInstance pi = submit("SX-2025-0033");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));

    assertThat(pi).isWaitingAt(Task.DECIDE).hasNotPassed(Task.COUNTERSIGN);
  }

  private ProcessInstance submitWithCountersign(String applicationNumber, int officers) {
    Map<String, Object> variables = variablesFor(applicationNumber);
    variables.put(Var.COUNTERSIGN_OFFICERS, officers);
    return startWith(variables);
  }

  private List<org.camunda.bpm.engine.task.Task> countersignTasks(ProcessInstance pi) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(Task.COUNTERSIGN)
        .list();
  }

  private List<String> groupsOf(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  // --- special steps (特殊环节) between review and decision -----------------------------------------

  @Test
  void withoutSpecialStepsReviewGoesStraightToTheDecision() {
    ProcessInstance pi = submit("SX-2025-0018");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));

    assertThat(pi).isWaitingAt(Task.DECIDE);
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));

    assertThat(pi)
        .hasPassedInOrder(Task.REVIEW, Task.DECIDE, End.DELIVERED)
        .hasNotPassed(Task.SPECIAL_STEPS.toArray(String[]::new))
        .isEnded();
  }

  @Test
  void siteInspectionAloneRunsBetweenReviewAndDecision() {
    assertOnlySpecialStep("SX-2025-0019", Var.SITE_INSPECTION, Task.SITE_INSPECTION);
  }

  @Test
  void expertReviewAloneRunsBetweenReviewAndDecision() {
    assertOnlySpecialStep("SX-2025-0020", Var.EXPERT_REVIEW, Task.EXPERT_REVIEW);
  }

  @Test
  void hearingAloneRunsBetweenReviewAndDecision() {
    assertOnlySpecialStep("SX-2025-0021", Var.HEARING, Task.HEARING);
  }

  @Test
  void publicNoticeAloneRunsBetweenReviewAndDecision() {
    assertOnlySpecialStep("SX-2025-0022", Var.PUBLIC_NOTICE, Task.PUBLIC_NOTICE);
  }

  @Test
  void allFourSpecialStepsRunInOrder() {
    ProcessInstance pi = submitWithSpecialSteps("SX-2025-0023", SPECIAL_STEP_SWITCHES);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));

    for (String specialStep : Task.SPECIAL_STEPS) {
      assertThat(pi).isWaitingAt(specialStep);
      assertThat(task()).hasCandidateGroup(Group.OFFICER);
      complete(task());
    }
    assertThat(pi).isWaitingAt(Task.DECIDE);
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));

    assertThat(pi)
        .hasPassedInOrder(
            Task.REVIEW,
            Task.SITE_INSPECTION,
            Task.EXPERT_REVIEW,
            Task.HEARING,
            Task.PUBLIC_NOTICE,
            Task.DECIDE,
            DELIVER_DECISION,
            End.DELIVERED)
        .isEnded();
    Assertions.assertThat(delivered).containsExactly(entry("SX-2025-0023", Outcome.APPROVE));
  }

  /**
   * The switches have no default in the model: a caller that forgets one can still start the
   * instance, but the review cannot be completed (the gateway cannot evaluate its condition and the
   * transaction rolls back). Callers must therefore always set all four at start.
   */
  @Test
  void missingSpecialStepSwitchBlocksTheEndOfReview() {
    Map<String, Object> variables = variablesFor("SX-2025-0024");
    variables.remove(Var.HEARING);
    ProcessInstance pi = startWith(variables);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));

    assertThatThrownBy(() -> complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining(Var.HEARING);

    assertThat(pi).isWaitingAt(Task.REVIEW).hasNotPassed(Task.REVIEW, Task.DECIDE);
  }

  @Test
  void applicantWithdrawsDuringASpecialStep() {
    ProcessInstance pi =
        submitWithSpecialSteps("SX-2025-0025", List.of(Var.HEARING, Var.PUBLIC_NOTICE));
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
    assertThat(pi).isWaitingAt(Task.HEARING);

    withdraw("SX-2025-0025");

    assertWithdrawn(pi);
    // The open hearing is cancelled, which the history counts as passed, like the correction task.
    assertThat(pi).hasPassed(Task.HEARING).hasNotPassed(Task.PUBLIC_NOTICE, Task.DECIDE);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance submit(String applicationNumber) {
    return startWith(variablesFor(applicationNumber));
  }

  private ProcessInstance submit(String applicationNumber, Instant acceptanceDeadline) {
    Map<String, Object> variables = variablesFor(applicationNumber);
    variables.put(Var.ACCEPTANCE_DEADLINE, Date.from(acceptanceDeadline));
    return startWith(variables);
  }

  private ProcessInstance submitWithSpecialSteps(String applicationNumber, List<String> switches) {
    Map<String, Object> variables = variablesFor(applicationNumber);
    switches.forEach(specialStep -> variables.put(specialStep, true));
    return startWith(variables);
  }

  /** What every caller must set at start, with all special steps switched off. */
  private static Map<String, Object> variablesFor(String applicationNumber) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Var.APPLICATION_NUMBER, applicationNumber);
    variables.put(Var.APPLICANT, APPLICANT);
    variables.put(Var.ACCEPTANCE_DEADLINE, Date.from(WINDOW_ENDS));
    variables.put(Var.COUNTERSIGN_OFFICERS, 0);
    variables.put(Var.COUNTERSIGN_OBJECTED, false);
    SPECIAL_STEP_SWITCHES.forEach(specialStep -> variables.put(specialStep, false));
    return variables;
  }

  /** Starts with the application number as business key, as the application service does. */
  private ProcessInstance startWith(Map<String, Object> variables) {
    String applicationNumber = (String) variables.get(Var.APPLICATION_NUMBER);
    ProcessInstance pi =
        engine.getRuntimeService().startProcessInstanceByKey(KEY, applicationNumber, variables);
    assertThat(pi).isStarted().hasBusinessKey(applicationNumber);
    return pi;
  }

  /**
   * Only {@code specialStep} is switched on: after review the instance waits there for an officer,
   * then at the decision, and reaches delivery past none of the other special steps.
   */
  private void assertOnlySpecialStep(
      String applicationNumber, String switchVar, String specialStep) {
    ProcessInstance pi = submitWithSpecialSteps(applicationNumber, List.of(switchVar));
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));

    assertThat(pi).isWaitingAt(specialStep);
    assertThat(task()).hasCandidateGroup(Group.OFFICER);
    assertThat(pi).hasNotPassed(Task.DECIDE);
    complete(task());

    assertThat(pi).isWaitingAt(Task.DECIDE);
    assertThat(task()).hasCandidateGroup(Group.DIRECTOR);
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));

    String[] others =
        Task.SPECIAL_STEPS.stream()
            .filter(step -> !step.equals(specialStep))
            .toArray(String[]::new);
    assertThat(pi)
        .hasPassedInOrder(Task.REVIEW, specialStep, Task.DECIDE, End.DELIVERED)
        .hasNotPassed(others)
        .isEnded();
    Assertions.assertThat(delivered).containsExactly(entry(applicationNumber, Outcome.APPROVE));
  }

  /** The pending deadline timer of the instance, or {@code null}. */
  private Job deadlineTimerOf(ProcessInstance pi) {
    return jobQuery()
        .processInstanceId(pi.getId())
        .activityId(DEADLINE_TIMER)
        .timers()
        .singleResult();
  }

  private void withdraw(String applicationNumber) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(MESSAGE_WITHDRAW)
        .processInstanceBusinessKey(applicationNumber)
        .correlate();
  }

  private void assertWithdrawn(ProcessInstance pi) {
    assertThat(pi)
        .hasPassed(End.WITHDRAWN)
        .hasNotPassed(DELIVER_DECISION, End.DELIVERED, End.REFUSED)
        .isEnded();
    Assertions.assertThat(delivered).isEmpty();
    Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
