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
import cn.oneseal.workflow.step.StepCatalogue;
import java.time.Duration;
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
 * Every branch of {@code changeRegistration.bpmn}: the window, the registration section's review,
 * the director's decision, the new licence version in a job of its own, the pushes of the change to
 * the departments only after it (retried, never twice), the denial without either, corrections and
 * withdrawal. Delegates are stand-ins that record what the model asked of them, in order.
 */
@Deployment(resources = "processes/changeRegistration.bpmn")
class ChangeRegistrationProcessTest {

  private static final String START = "applicationSubmitted";
  private static final String DELIVER = "deliverDecision";
  private static final String DELIVERED = "decisionDelivered";
  private static final String REFUSED = "applicationRefused";
  private static final String WITHDRAWN = "applicationWithdrawn";
  private static final Instant NOW = Instant.parse("2026-12-01T01:30:00Z");
  private static final List<String> DEPARTMENTS =
      List.of("tax-registration", "social-insurance-registration");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("changeRegistrationProcessTest"))
          .build();

  private ProcessEngine engine;

  /** What the stand-ins were asked, in order: "version:director", "push:tax-…", "deliver:…". */
  private final List<String> acts = new ArrayList<>();

  private final Set<String> departmentsDown = new HashSet<>();

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    Mocks.register(
        ChangeRegistrationProcess.Delegate.ISSUE_LICENCE_VERSION,
        (JavaDelegate)
            execution ->
                acts.add("version:" + execution.getVariable(RegistrationProcess.Var.DECIDED_BY)));
    Mocks.register(
        RegistrationProcess.Delegate.PLAN_PUSHES,
        (JavaDelegate)
            execution -> {
              acts.add("plan");
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
              acts.add("push:" + certificate);
            });
    Mocks.register(
        GeneralLicensingProcess.Delegate.DELIVER_DECISION,
        (JavaDelegate) execution -> acts.add("deliver:" + execution.getVariable(Var.DECISION)));
    Mocks.register(GeneralLicensingProcess.Delegate.FLAG_DEEMED_ACCEPTANCE, (JavaDelegate) e -> {});
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void everyUserTaskIsDescribedOnceInTheStepCatalogue() {
    Assertions.assertThat(StepCatalogue.of(ChangeRegistrationProcess.KEY))
        .extracting(s -> s.taskKey())
        .containsExactlyInAnyOrder(Task.ACCEPT, Task.SUBMIT_CORRECTIONS, Task.REVIEW, Task.DECIDE);
    Assertions.assertThat(StepCatalogue.caseProcessKeys()).contains(ChangeRegistrationProcess.KEY);
  }

  @Test
  void anApprovedChangeIssuesTheNewVersionThenPushesItThenDelivers() {
    ProcessInstance pi = submit("XK-CHG-1");
    acceptAndReview(Outcome.APPROVE);
    // nothing reaches the departments before the decision
    assertThat(pi).isWaitingAt(Task.DECIDE);
    assertThat(task()).hasCandidateGroup(Group.DIRECTOR);
    Assertions.assertThat(acts).isEmpty();

    complete(
        task(),
        withVariables(
            Var.DECISION, Outcome.APPROVE, RegistrationProcess.Var.DECIDED_BY, "director"));
    // the new version is issued in a job of its own
    Assertions.assertThat(acts).isEmpty();
    Assertions.assertThat(jobs(pi, ChangeRegistrationProcess.Task.ISSUE_LICENCE_VERSION))
        .hasSize(1);
    runAllJobs(pi);

    Assertions.assertThat(acts.get(0)).isEqualTo("version:director");
    Assertions.assertThat(acts.subList(1, 2)).containsExactly("plan");
    Assertions.assertThat(acts.subList(2, 4))
        .containsExactlyInAnyOrder("push:tax-registration", "push:social-insurance-registration");
    Assertions.assertThat(acts.get(4)).isEqualTo("deliver:" + Outcome.APPROVE);
    assertThat(pi)
        .hasPassedInOrder(
            START,
            Task.ACCEPT,
            Task.REVIEW,
            Task.DECIDE,
            ChangeRegistrationProcess.Task.ISSUE_LICENCE_VERSION,
            RegistrationProcess.Task.PLAN_PUSHES,
            RegistrationProcess.Task.PUSH,
            DELIVER,
            DELIVERED)
        .isEnded();
  }

  @Test
  void aDeniedChangeIssuesNothingAndPushesNothing() {
    ProcessInstance pi = submit("XK-CHG-2");
    acceptAndReview(Outcome.DENY);
    complete(task(), withVariables(Var.DECISION, Outcome.DENY));

    assertThat(pi)
        .hasNotPassed(
            ChangeRegistrationProcess.Task.ISSUE_LICENCE_VERSION,
            RegistrationProcess.Task.PLAN_PUSHES,
            RegistrationProcess.Task.PUSH)
        .hasPassed(DELIVER, DELIVERED)
        .isEnded();
    Assertions.assertThat(acts).containsExactly("deliver:" + Outcome.DENY);
  }

  @Test
  void aFailedPushBecomesAnIncidentAndItsRetryNeitherIssuesNorPushesTwice() {
    departmentsDown.add("tax-registration");
    ProcessInstance pi = submit("XK-CHG-3");
    acceptAndReview(Outcome.APPROVE);
    complete(
        task(),
        withVariables(
            Var.DECISION, Outcome.APPROVE, RegistrationProcess.Var.DECIDED_BY, "director"));
    runAllJobs(pi);
    for (int i = 0; i < 2; i++) {
      String id = single(jobs(pi, RegistrationProcess.Task.PUSH)).getId();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(id))
          .hasStackTraceContaining("channel closed");
    }
    Job exhausted = single(jobs(pi, RegistrationProcess.Task.PUSH));
    Assertions.assertThat(exhausted.getRetries()).isZero();
    Assertions.assertThat(
            engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(1);
    assertThat(pi).isNotEnded();

    departmentsDown.clear();
    engine.getManagementService().setJobRetries(exhausted.getId(), 1);
    engine.getManagementService().executeJob(exhausted.getId());
    runAllJobs(pi);

    assertThat(pi).isEnded();
    Assertions.assertThat(acts).containsOnlyOnce("version:director", "push:tax-registration");
    Assertions.assertThat(acts).last().isEqualTo("deliver:" + Outcome.APPROVE);
  }

  @Test
  void correctionsComeBackToTheWindowAndRefusalEnds() {
    ProcessInstance pi = submit("XK-CHG-4");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.CORRECT));
    assertThat(pi).isWaitingAt(Task.SUBMIT_CORRECTIONS);
    assertThat(task()).isAssignedTo("zhangsan");
    complete(task());
    assertThat(pi).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.REFUSE));
    assertThat(pi).hasPassed(REFUSED).isEnded();
    Assertions.assertThat(acts).isEmpty();
  }

  @Test
  void withdrawalDuringTheReviewEndsTheChange() {
    ProcessInstance pi = submit("XK-CHG-5");
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    engine
        .getRuntimeService()
        .createMessageCorrelation(GeneralLicensingProcess.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey("XK-CHG-5")
        .correlate();
    assertThat(pi).hasPassed(WITHDRAWN).isEnded();
    Assertions.assertThat(acts).isEmpty();
  }

  private ProcessInstance submit(String number) {
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                ChangeRegistrationProcess.KEY,
                number,
                Variables.createVariables()
                    .putValue(Var.APPLICATION_NUMBER, number)
                    .putValue(Var.APPLICANT, "zhangsan")
                    .putValue(Var.ACCEPTANCE_DEADLINE, Date.from(NOW.plus(Duration.ofDays(7))))
                    .putValue(RegistrationProcess.Var.PUSH_RETRY_CYCLE, "R3/PT1M"));
    assertThat(pi).isStarted().isWaitingAt(Task.ACCEPT);
    return pi;
  }

  private void acceptAndReview(String recommendation) {
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    assertThat(task()).hasDefinitionKey(Task.REVIEW).hasCandidateGroup(Group.OFFICER);
    complete(task(), withVariables(Var.REVIEW_OUTCOME, recommendation));
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
   * continuations that jobs create; a failed job waits for its next try (the clock stands still).
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
