package cn.oneseal.workflow.registration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.oneseal.workflow.TestEngines;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Group;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Var;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
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
 * Every branch of {@code businessRegistration.bpmn}: the window, the formal review, the director's
 * decision, the licence, then — only for an approved registration and only after the licence — the
 * parallel pushes (retried, then an incident, then retried by staff) and follow-up permits, and the
 * withdrawal. Delegates are stand-ins that record what the model asked of them.
 */
@Deployment(resources = "processes/businessRegistration.bpmn")
class BusinessRegistrationProcessTest {

  private static final String START = "applicationSubmitted";
  private static final String DELIVER = "deliverDecision";
  private static final String DELIVERED = "decisionDelivered";
  private static final String SHARED = "registrationShared";
  private static final String REFUSED = "applicationRefused";
  private static final String WITHDRAWN = "applicationWithdrawn";
  private static final Instant NOW = Instant.parse("2026-11-23T01:30:00Z");
  private static final List<String> DEPARTMENTS =
      List.of("tax-registration", "social-insurance-registration", "statistical-registration");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("businessRegistrationProcessTest"))
          .build();

  private ProcessEngine engine;

  private final List<String> pushed = new ArrayList<>();
  private final Set<String> departmentsDown = new HashSet<>();
  private final List<String> followUpsOpened = new ArrayList<>();
  private final List<String> licencesIssuedBy = new ArrayList<>();
  private final List<Object> delivered = new ArrayList<>();

  /** What the delegates did, in order: licence, delivered, plan, push, followUps. */
  private final List<String> events = new ArrayList<>();

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    Mocks.register(
        RegistrationProcess.Delegate.PLAN_PUSHES,
        (JavaDelegate)
            execution -> {
              events.add("plan");
              execution.setVariable(
                  RegistrationProcess.Var.PUSH_CERTIFICATES, new ArrayList<>(DEPARTMENTS));
            });
    Mocks.register(
        RegistrationProcess.Delegate.PUSH,
        (JavaDelegate)
            execution -> {
              String certificate =
                  (String) execution.getVariable(RegistrationProcess.Var.CERTIFICATE);
              if (departmentsDown.contains(certificate)) {
                throw new IllegalStateException("channel closed: " + certificate);
              }
              pushed.add(certificate);
              events.add("push");
            });
    Mocks.register(
        RegistrationProcess.Delegate.OPEN_FOLLOW_UPS,
        (JavaDelegate)
            execution -> {
              events.add("followUps");
              followUpsOpened.add((String) execution.getVariable(Var.APPLICATION_NUMBER));
            });
    Mocks.register(
        RegistrationProcess.Delegate.ISSUE_LICENCE,
        (JavaDelegate)
            execution -> {
              events.add("licence");
              licencesIssuedBy.add(
                  (String) execution.getVariable(RegistrationProcess.Var.DECIDED_BY));
            });
    Mocks.register(
        GeneralLicensingProcess.Delegate.DELIVER_DECISION,
        (JavaDelegate)
            execution -> {
              events.add("delivered");
              delivered.add(execution.getVariable(Var.DECISION));
            });
    Mocks.register(GeneralLicensingProcess.Delegate.FLAG_DEEMED_ACCEPTANCE, (JavaDelegate) e -> {});
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void approvedRegistrationIssuesTheLicenceThenPushesToEveryDepartmentAndOpensFollowUps() {
    ProcessInstance pi = submit("XK-REG-1");
    acceptAndPassReview();

    // nothing goes to the departments before the decision: the director decides at once
    Assertions.assertThat(jobs(pi, RegistrationProcess.Task.PUSH)).isEmpty();
    Assertions.assertThat(jobs(pi, RegistrationProcess.Task.PLAN_PUSHES)).isEmpty();
    assertThat(pi).isWaitingAt(Task.DECIDE);
    assertThat(task()).hasCandidateGroup(Group.DIRECTOR);
    complete(
        task(),
        withVariables(
            Var.DECISION, Outcome.APPROVE, RegistrationProcess.Var.DECIDED_BY, "director"));

    // the licence is issued in a job of its own; the pushes wait for it
    Assertions.assertThat(licencesIssuedBy).isEmpty();
    Assertions.assertThat(jobs(pi, RegistrationProcess.Task.ISSUE_LICENCE)).hasSize(1);
    Assertions.assertThat(jobs(pi, RegistrationProcess.Task.PLAN_PUSHES)).isEmpty();
    runAllJobs(pi);

    Assertions.assertThat(licencesIssuedBy).containsExactly("director");
    Assertions.assertThat(delivered).containsExactly(Outcome.APPROVE);
    Assertions.assertThat(pushed).containsExactlyInAnyOrderElementsOf(DEPARTMENTS);
    Assertions.assertThat(followUpsOpened).containsExactly("XK-REG-1");
    Assertions.assertThat(events)
        .as("the licence first, the departments' data after it")
        .startsWith("licence", "delivered")
        .containsOnlyOnce("plan");
    Assertions.assertThat(events.indexOf("plan")).isGreaterThan(events.indexOf("licence"));
    assertThat(pi)
        .hasPassedInOrder(
            START,
            Task.ACCEPT,
            Task.REVIEW,
            Task.DECIDE,
            RegistrationProcess.Task.ISSUE_LICENCE,
            DELIVER,
            RegistrationProcess.Task.PLAN_PUSHES,
            RegistrationProcess.Task.PUSH,
            SHARED)
        .hasPassed(RegistrationProcess.Task.OPEN_FOLLOW_UPS)
        .hasNotPassed(DELIVERED)
        .isEnded();
  }

  @Test
  void formalReviewThatFindsFaultGoesToTheDirectorAndADenialPushesNothing() {
    ProcessInstance pi = submit("XK-REG-2");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.DENY));

    assertThat(pi).isWaitingAt(Task.DECIDE);
    complete(task(), withVariables(Var.DECISION, Outcome.DENY));

    assertThat(pi)
        .hasNotPassed(
            RegistrationProcess.Task.PLAN_PUSHES,
            RegistrationProcess.Task.OPEN_FOLLOW_UPS,
            RegistrationProcess.Task.ISSUE_LICENCE,
            SHARED)
        .hasPassed(DELIVER, DELIVERED)
        .isEnded();
    Assertions.assertThat(pushed).isEmpty();
    Assertions.assertThat(followUpsOpened).isEmpty();
    Assertions.assertThat(licencesIssuedBy).isEmpty();
    Assertions.assertThat(delivered).containsExactly(Outcome.DENY);
  }

  @Test
  void aDirectorWhoDeniesAfterAFavourableReviewSendsNoDataAndOpensNoPermits() {
    ProcessInstance pi = submit("XK-REG-3");
    acceptAndPassReview();
    runAllJobs(pi);
    complete(task(), withVariables(Var.DECISION, Outcome.DENY));
    runAllJobs(pi);

    assertThat(pi)
        .hasNotPassed(
            RegistrationProcess.Task.ISSUE_LICENCE,
            RegistrationProcess.Task.PLAN_PUSHES,
            RegistrationProcess.Task.OPEN_FOLLOW_UPS)
        .isEnded();
    Assertions.assertThat(licencesIssuedBy).isEmpty();
    Assertions.assertThat(pushed).isEmpty();
    Assertions.assertThat(followUpsOpened).isEmpty();
    Assertions.assertThat(delivered).containsExactly(Outcome.DENY);
  }

  @Test
  void failedPushIsRetriedByTheCycleThenBecomesAnIncidentAndStaffRetryItToSuccess() {
    departmentsDown.add("tax-registration");
    ProcessInstance pi = submit("XK-REG-4");
    approve();
    runAllJobs(pi);

    // the licence is out and delivered; the other departments have their data; tax failed once
    Assertions.assertThat(licencesIssuedBy).containsExactly("director");
    Assertions.assertThat(delivered).containsExactly(Outcome.APPROVE);
    Assertions.assertThat(pushed)
        .containsExactlyInAnyOrder("social-insurance-registration", "statistical-registration");
    Job tax = single(jobs(pi, RegistrationProcess.Task.PUSH));
    Assertions.assertThat(tax.getRetries()).isEqualTo(2); // R3 in the test cycle: 3 tries in all
    Assertions.assertThat(tax.getExceptionMessage()).contains("channel closed");
    Assertions.assertThat(tax.getDuedate()).isAfter(Date.from(NOW));

    // the remaining retries also fail: an incident, and the case does not end
    for (int i = 0; i < 2; i++) {
      String id = single(jobs(pi, RegistrationProcess.Task.PUSH)).getId();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(id))
          .hasStackTraceContaining("channel closed");
    }
    Job exhausted = single(jobs(pi, RegistrationProcess.Task.PUSH));
    Assertions.assertThat(exhausted.getRetries()).isZero();
    List<Incident> incidents =
        engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).list();
    Assertions.assertThat(incidents).hasSize(1);
    Assertions.assertThat(incidents.get(0).getConfiguration()).isEqualTo(exhausted.getId());
    Assertions.assertThat(incidents.get(0).getActivityId())
        .isEqualTo(RegistrationProcess.Task.PUSH);
    assertThat(pi).isNotEnded();

    // the department is back; staff retry: the incident is resolved and the case goes on
    departmentsDown.clear();
    engine.getManagementService().setJobRetries(exhausted.getId(), 1);
    engine.getManagementService().executeJob(exhausted.getId());
    Assertions.assertThat(pushed).contains("tax-registration");
    Assertions.assertThat(
            engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
        .isZero();
    // the push committed in its own job; the join is the next job (asyncAfter), so a failure
    // there could never push to the department twice
    assertThat(pi).isNotEnded();
    Job onward = single(jobs(pi, RegistrationProcess.Task.PUSH));
    Assertions.assertThat(onward.getId()).isNotEqualTo(exhausted.getId());
    engine.getManagementService().executeJob(onward.getId());
    Assertions.assertThat(pushed).containsOnlyOnce("tax-registration");
    assertThat(pi).hasPassed(SHARED).isEnded();
    Assertions.assertThat(licencesIssuedBy).as("issued once").containsExactly("director");
  }

  @Test
  void correctionsComeBackToTheWindowAndRefusalEnds() {
    ProcessInstance pi = submit("XK-REG-5");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.CORRECT));
    assertThat(pi).isWaitingAt(Task.SUBMIT_CORRECTIONS);
    assertThat(task()).isAssignedTo("zhangsan");
    complete(task());
    assertThat(pi).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.REFUSE));
    assertThat(pi).hasPassed(REFUSED).isEnded();
    Assertions.assertThat(pushed).isEmpty();
  }

  @Test
  void withdrawalBeforeTheDecisionEndsTheRegistrationWithoutPushes() {
    ProcessInstance pi = submit("XK-REG-6");
    acceptAndPassReview();
    engine
        .getRuntimeService()
        .createMessageCorrelation(GeneralLicensingProcess.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey("XK-REG-6")
        .correlate();
    assertThat(pi).hasPassed(WITHDRAWN).isEnded();
    Assertions.assertThat(pushed).isEmpty();
    Assertions.assertThat(
            engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
        .isZero();
  }

  private ProcessInstance submit(String number) {
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                RegistrationProcess.KEY,
                number,
                Variables.createVariables()
                    .putValue(Var.APPLICATION_NUMBER, number)
                    .putValue(Var.APPLICANT, "zhangsan")
                    .putValue(
                        Var.ACCEPTANCE_DEADLINE,
                        java.util.Date.from(
                            java.time.Instant.now().plus(java.time.Duration.ofDays(7))))
                    .putValue(RegistrationProcess.Var.PUSH_RETRY_CYCLE, "R3/PT1M"));
    assertThat(pi).isStarted().isWaitingAt(Task.ACCEPT);
    return pi;
  }

  /** Accepted, reviewed favourably and approved by the director. */
  private void approve() {
    acceptAndPassReview();
    complete(
        task(),
        withVariables(
            Var.DECISION, Outcome.APPROVE, RegistrationProcess.Var.DECIDED_BY, "director"));
  }

  private void acceptAndPassReview() {
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    assertThat(task()).hasDefinitionKey(Task.REVIEW).hasCandidateGroup(Group.OFFICER);
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
  }

  private List<Job> jobs(ProcessInstance pi, String activity) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(activity)
        .list();
  }

  private static Job single(List<Job> jobs) {
    Assertions.assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }

  /**
   * Runs the jobs that are due now (not the acceptance timer) until none is left, including the
   * continuations that jobs create (asyncAfter); a failed job waits for its next try (the clock
   * stands still), so it runs once per call.
   */
  private void runAllJobs(ProcessInstance pi) {
    Set<String> ran = new HashSet<>();
    List<Job> due;
    while (!(due = dueJobs(pi, ran)).isEmpty()) {
      for (Job job : due) {
        ran.add(job.getId());
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException expectedWhileADepartmentIsDown) {
          Assertions.assertThat(expectedWhileADepartmentIsDown)
              .hasStackTraceContaining("channel closed");
        }
      }
    }
  }

  private List<Job> dueJobs(ProcessInstance pi, Set<String> ran) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .executable()
        .messages()
        .list()
        .stream()
        .filter(job -> !ran.contains(job.getId()))
        .toList();
  }
}
