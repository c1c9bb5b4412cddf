package cn.oneseal.workflow.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.oneseal.workflow.TestEngines;
import cn.oneseal.workflow.innovation.TechnicalContractProcess.Outcome;
import cn.oneseal.workflow.innovation.TechnicalContractProcess.Task;
import cn.oneseal.workflow.innovation.TechnicalContractProcess.Var;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * Every path through {@code contractRegistration.bpmn} on an in-memory engine, the delivery
 * replaced by a recording mock: registered, rejected, corrected then registered, refused at the
 * window, withdrawn while the registrar reviews. No director's decision on any path.
 */
@Deployment(resources = "processes/contractRegistration.bpmn")
class TechnicalContractProcessTest {

  private static final String APPLICANT = "zhangsan";

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("technicalContractProcessTest"))
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
    Mocks.register(
        GeneralLicensingProcess.Delegate.DELIVER_DECISION,
        (JavaDelegate) execution -> acts.add("deliver"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  private ProcessInstance file(String number) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            TechnicalContractProcess.KEY,
            number,
            Variables.createVariables()
                .putValue(GeneralLicensingProcess.Var.APPLICATION_NUMBER, number)
                .putValue(GeneralLicensingProcess.Var.APPLICANT, APPLICANT));
  }

  private static void accept(ProcessInstance instance, String outcome) {
    assertThat(instance).isWaitingAt(GeneralLicensingProcess.Task.ACCEPT);
    assertThat(task()).hasCandidateGroup(GeneralLicensingProcess.Group.CLERK);
    complete(task(), withVariables(GeneralLicensingProcess.Var.ACCEPTANCE_OUTCOME, outcome));
  }

  @Test
  void theRegistrarRegistersAfterTheWindowAndTheCertificateIsDelivered() {
    ProcessInstance instance = file("KJ-1");
    accept(instance, GeneralLicensingProcess.Outcome.ACCEPT);
    assertThat(instance).isWaitingAt(Task.REGISTER);
    assertThat(task()).hasCandidateGroup(GeneralLicensingProcess.Group.OFFICER);
    complete(task(), withVariables(Var.REGISTRATION, Outcome.REGISTER));
    assertThat(instance)
        .hasPassedInOrder(GeneralLicensingProcess.Task.ACCEPT, Task.REGISTER, "deliverDecision")
        .hasNotPassed(GeneralLicensingProcess.Task.DECIDE)
        .isEnded();
    assertThat(instance).hasPassed("decisionDelivered");
    assertThat(acts).containsExactly("deliver");
  }

  @Test
  void aRejectionIsDeliveredToo() {
    ProcessInstance instance = file("KJ-2");
    accept(instance, GeneralLicensingProcess.Outcome.ACCEPT);
    complete(task(), withVariables(Var.REGISTRATION, Outcome.REJECT));
    assertThat(instance).hasPassed("decisionDelivered").isEnded();
    assertThat(acts).containsExactly("deliver");
  }

  @Test
  void correctionsGoBackToTheApplicantThenToTheWindow() {
    ProcessInstance instance = file("KJ-3");
    accept(instance, GeneralLicensingProcess.Outcome.CORRECT);
    assertThat(instance).isWaitingAt(GeneralLicensingProcess.Task.SUBMIT_CORRECTIONS);
    assertThat(task()).isAssignedTo(APPLICANT);
    complete(task());
    accept(instance, GeneralLicensingProcess.Outcome.ACCEPT);
    assertThat(instance).isWaitingAt(Task.REGISTER);
  }

  @Test
  void aRefusalAtTheWindowEndsWithoutDelivery() {
    ProcessInstance instance = file("KJ-4");
    accept(instance, GeneralLicensingProcess.Outcome.REFUSE);
    assertThat(instance).hasPassed("applicationRefused").isEnded();
    assertThat(acts).isEmpty();
  }

  @Test
  void theApplicantMayWithdrawWhileTheRegistrarReviews() {
    ProcessInstance instance = file("KJ-5");
    accept(instance, GeneralLicensingProcess.Outcome.ACCEPT);
    engine
        .getRuntimeService()
        .createMessageCorrelation(GeneralLicensingProcess.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey("KJ-5")
        .correlate();
    assertThat(instance).hasPassed("applicationWithdrawn").isEnded();
    assertThat(acts).isEmpty();
  }
}
