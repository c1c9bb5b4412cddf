package cn.oneseal.workflow.deregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.oneseal.domain.model.deregistration.NoticePeriod;
import cn.oneseal.workflow.TestEngines;
import cn.oneseal.workflow.deregistration.DeregistrationProcess.Delegate;
import cn.oneseal.workflow.deregistration.DeregistrationProcess.Outcome;
import cn.oneseal.workflow.deregistration.DeregistrationProcess.Task;
import cn.oneseal.workflow.deregistration.DeregistrationProcess.Var;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.registration.RegistrationProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Every path through {@code simplifiedDeregistration.bpmn} on an in-memory engine, jobs run by hand
 * and delegates replaced by recording mocks: the notice without objection, the filing, the
 * decision; an objection sustained or dismissed; the filing window lapsing; the individual business
 * and the ordinary path without notice; a denial.
 */
@Deployment(resources = "processes/simplifiedDeregistration.bpmn")
class DeregistrationProcessTest {

  private static final String APPLICANT = "zhangsan";
  private static final Instant FILED_AT = Instant.parse("2026-03-02T02:00:00Z");
  private static final NoticePeriod PERIOD = NoticePeriod.publishedAt(FILED_AT);

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("deregistrationProcessTest"))
          .build();

  private ProcessEngine engine;

  private final List<String> acts = new ArrayList<>();

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(FILED_AT));
    for (String name :
        List.of(
            Delegate.NOTICE_ENDED,
            Delegate.LAPSED,
            Delegate.CLOSED,
            Delegate.DEREGISTER,
            "deliverDecisionDelegate")) {
      Mocks.register(name, (JavaDelegate) execution -> acts.add(name));
    }
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance file(String number, boolean notice) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            DeregistrationProcess.KEY,
            number,
            Variables.createVariables()
                .putValue(GeneralLicensingProcess.Var.APPLICATION_NUMBER, number)
                .putValue(GeneralLicensingProcess.Var.APPLICANT, APPLICANT)
                .putValue(Var.NOTICE_REQUIRED, notice)
                .putValue(Var.NOTICE_ENDS_AT, Date.from(PERIOD.endsAt()))
                .putValue(Var.FILING_ENDS_AT, Date.from(PERIOD.filingEndsAt()))
                .putValue(RegistrationProcess.Var.PUSH_RETRY_CYCLE, "R1/PT1M"));
  }

  private void object(String number) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(DeregistrationProcess.MESSAGE_OBJECTION)
        .processInstanceBusinessKey(number)
        .correlateAllWithResult();
  }

  private void decide(ProcessInstance pi, String decision) {
    assertThat(pi).isWaitingAt(GeneralLicensingProcess.Task.ACCEPT);
    complete(task(), withVariables(GeneralLicensingProcess.Var.ACCEPTANCE_OUTCOME, "accept"));
    assertThat(pi).isWaitingAt(GeneralLicensingProcess.Task.REVIEW);
    complete(task(), withVariables(GeneralLicensingProcess.Var.REVIEW_OUTCOME, decision));
    assertThat(pi).isWaitingAt(GeneralLicensingProcess.Task.DECIDE);
    complete(
        task(),
        withVariables(
            GeneralLicensingProcess.Var.DECISION,
            decision,
            RegistrationProcess.Var.DECIDED_BY,
            "director"));
  }

  @Test
  void withoutObjectionTheNoticeEndsTheBusinessFilesAndIsDeregistered() {
    ProcessInstance pi = file("D-1", true);
    assertThat(pi).isWaitingAt("noticeRunning");
    assertThat(job().getDuedate()).isEqualTo(Date.from(PERIOD.endsAt()));
    execute(job());
    assertThat(acts).containsExactly(Delegate.NOTICE_ENDED);
    assertThat(pi).isWaitingAt(Task.FILE);
    assertThat(task()).isAssignedTo(APPLICANT);
    complete(task());
    decide(pi, "approve");
    assertThat(pi).isWaitingAt(Task.DEREGISTER);
    execute(job());
    execute(job());
    assertThat(pi).isEnded().hasPassed("decisionDelivered");
    assertThat(acts)
        .containsExactly(Delegate.NOTICE_ENDED, Delegate.DEREGISTER, "deliverDecisionDelegate");
  }

  @Test
  void aSustainedObjectionEndsTheSimplePath() {
    ProcessInstance pi = file("D-2", true);
    object("D-2");
    assertThat(pi).isWaitingAt(Task.REVIEW_OBJECTION);
    assertThat(task()).hasCandidateGroup("officer");
    complete(task(), withVariables(Var.OBJECTION_OUTCOME, Outcome.SUSTAIN));
    assertThat(pi).isEnded().hasPassed("simplePathRefused");
    assertThat(acts).isEmpty();
  }

  @Test
  void aDismissedObjectionReturnsToTheNoticeWhichStillEndsOnItsDay() {
    ProcessInstance pi = file("D-3", true);
    object("D-3");
    assertThat(pi).isWaitingAt(Task.REVIEW_OBJECTION);
    complete(task(), withVariables(Var.OBJECTION_OUTCOME, Outcome.DISMISS));
    assertThat(pi).isWaitingAt("noticeRunning");
    assertThat(job().getDuedate()).isEqualTo(Date.from(PERIOD.endsAt()));
    execute(job());
    assertThat(pi).isWaitingAt(Task.FILE);
  }

  @Test
  void withoutAFilingWithinTwentyDaysTheSimplePathLapses() {
    ProcessInstance pi = file("D-4", true);
    assertThat(pi).isWaitingAt("noticeRunning");
    execute(job());
    assertThat(pi).isWaitingAt(Task.FILE);
    assertThat(job().getDuedate()).isEqualTo(Date.from(PERIOD.filingEndsAt()));
    execute(job());
    assertThat(pi).isEnded().hasPassed("simplePathLapsed");
    assertThat(acts).containsExactly(Delegate.NOTICE_ENDED, Delegate.LAPSED);
  }

  @Test
  void anIndividualBusinessOrTheOrdinaryPathGoesStraightToTheWindow() {
    ProcessInstance pi = file("D-5", false);
    assertThat(pi).isWaitingAt(GeneralLicensingProcess.Task.ACCEPT);
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void aDenialClosesTheDeregistrationAndIsDelivered() {
    ProcessInstance pi = file("D-6", false);
    decide(pi, "deny");
    assertThat(pi).isEnded().hasPassed("decisionDelivered");
    assertThat(acts).containsExactly(Delegate.CLOSED, "deliverDecisionDelegate");
  }

  @Test
  void theApplicantMayWithdrawDuringTheNotice() {
    ProcessInstance pi = file("D-7", true);
    engine
        .getRuntimeService()
        .createMessageCorrelation(GeneralLicensingProcess.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey("D-7")
        .correlate();
    assertThat(pi).isEnded().hasPassed("applicationWithdrawn");
    assertThat(acts).containsExactly(Delegate.CLOSED);
  }
}
