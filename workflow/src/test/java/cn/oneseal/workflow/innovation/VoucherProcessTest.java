package cn.oneseal.workflow.innovation;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Every path through {@code innovationVoucher.bpmn}: issued, refused, corrected, refused at the
 * window, withdrawn during the review; the review is the section's, the decision the director's.
 */
@Deployment(resources = "processes/innovationVoucher.bpmn")
class VoucherProcessTest {

  private static final String FIRM = "zhangsan";

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("voucherProcessTest"))
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

  private ProcessInstance apply(String number) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            VoucherProcess.KEY,
            number,
            Variables.createVariables()
                .putValue(Var.APPLICATION_NUMBER, number)
                .putValue(Var.APPLICANT, FIRM));
  }

  private static void toDecision(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.ACCEPT));
    assertThat(instance).isWaitingAt(Task.REVIEW);
    assertThat(task()).hasCandidateGroup(Group.OFFICER);
    complete(task(), withVariables(Var.REVIEW_OUTCOME, Outcome.APPROVE));
    assertThat(instance).isWaitingAt(Task.DECIDE);
    assertThat(task()).hasCandidateGroup(Group.DIRECTOR);
  }

  @Test
  void theDirectorIssuesTheVoucherAfterTheReviewAndItIsDelivered() {
    ProcessInstance instance = apply("KJQ-1");
    toDecision(instance);
    complete(task(), withVariables(Var.DECISION, Outcome.APPROVE));
    assertThat(instance)
        .hasPassedInOrder(Task.ACCEPT, Task.REVIEW, Task.DECIDE, "deliverDecision")
        .isEnded();
    assertThat(acts).containsExactly("deliver");
  }

  @Test
  void aRefusalIsDeliveredToo() {
    ProcessInstance instance = apply("KJQ-2");
    toDecision(instance);
    complete(task(), withVariables(Var.DECISION, Outcome.DENY));
    assertThat(instance).hasPassed("decisionDelivered").isEnded();
    assertThat(acts).containsExactly("deliver");
  }

  @Test
  void correctionsGoBackToTheFirmThenToTheWindow() {
    ProcessInstance instance = apply("KJQ-3");
    assertThat(instance).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.CORRECT));
    assertThat(instance).isWaitingAt(Task.SUBMIT_CORRECTIONS);
    assertThat(task()).isAssignedTo(FIRM);
    complete(task());
    toDecision(instance);
  }

  @Test
  void aRefusalAtTheWindowEndsWithoutDelivery() {
    ProcessInstance instance = apply("KJQ-4");
    assertThat(instance).isWaitingAt(Task.ACCEPT);
    complete(task(), withVariables(Var.ACCEPTANCE_OUTCOME, Outcome.REFUSE));
    assertThat(instance).hasPassed("applicationRefused").isEnded();
    assertThat(acts).isEmpty();
  }

  @Test
  void theFirmMayWithdrawBeforeTheDecision() {
    ProcessInstance instance = apply("KJQ-5");
    toDecision(instance);
    engine
        .getRuntimeService()
        .createMessageCorrelation(GeneralLicensingProcess.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey("KJQ-5")
        .correlate();
    assertThat(instance).hasPassed("applicationWithdrawn").isEnded();
    assertThat(acts).isEmpty();
  }
}
