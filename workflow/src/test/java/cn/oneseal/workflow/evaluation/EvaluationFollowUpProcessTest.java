package cn.oneseal.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.oneseal.domain.model.account.Role;
import cn.oneseal.workflow.TestEngines;
import cn.oneseal.workflow.evaluation.EvaluationFollowUpProcess.Task;
import cn.oneseal.workflow.evaluation.EvaluationFollowUpProcess.Var;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition.StepClock;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The follow-up of a negative rating (差评整改): it waits for one answer by the chiefs of the case's
 * section, kept by the step clock like any step, and ends once the chief answered; it runs beside
 * the case (same business key) without being an item's process.
 */
@Deployment(resources = "processes/evaluationFollowUp.bpmn")
class EvaluationFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("evaluationFollowUpProcessTest"))
          .build();

  private ProcessEngine engine;

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  private ProcessInstance negativeRating(String number) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            EvaluationFollowUpProcess.KEY,
            number,
            Variables.createVariables()
                .putValue(Var.APPLICATION_NUMBER, number)
                .putValue(Var.EVALUATION_ID, 7L));
  }

  @Test
  void aNegativeRatingWaitsForTheChiefsAnswerAndEndsWhenAnswered() {
    ProcessInstance pi = negativeRating("XK20261204000001");

    assertThat(pi).isStarted().isWaitingAt(Task.ANSWER);
    assertThat(task()).hasCandidateGroup(Role.CHIEF.id()).isNotAssigned();
    assertThat(pi.getBusinessKey()).isEqualTo("XK20261204000001");

    complete(task());

    assertThat(pi)
        .hasPassedInOrder(
            "negativeRatingGiven", Task.ANSWER, EvaluationFollowUpProcess.End.ANSWERED)
        .isEnded();
  }

  @Test
  void theAnswerIsADescribedStepWithTheStepLimitClockAndOneOutcome() {
    var step = StepCatalogue.of(EvaluationFollowUpProcess.KEY, Task.ANSWER);

    assertThat(step.role()).isEqualTo(Role.CHIEF.id());
    assertThat(step.clock()).isEqualTo(StepClock.STEP_LIMIT);
    assertThat(step.outcomeValues()).containsExactly(EvaluationFollowUpProcess.Outcome.ANSWERED);
    assertThat(step.seals()).as("an answer is no sealed act").isFalse();
    // it runs beside a case: no item may name it as its process
    assertThat(Arrays.asList(StepCatalogue.caseProcessKeys()))
        .doesNotContain(EvaluationFollowUpProcess.KEY);
  }
}
