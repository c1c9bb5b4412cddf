package cn.oneseal.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.oneseal.workflow.TestEngines;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The decision report's model (审管联动): nothing is sent while the decision's transaction is open (the
 * send is the job after it), a refused report is retried by the configured cycle and then is an
 * incident, and a retry once the department is back sends it.
 */
@Deployment(resources = "processes/decisionReport.bpmn")
class DecisionReportProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("decisionReportProcessTest"))
          .build();

  private ProcessEngine engine;

  private final List<String> sent = new ArrayList<>();
  private boolean serverDown;

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    Mocks.register(
        DecisionReportProcess.Delegate.SEND_REPORT,
        (JavaDelegate)
            execution -> {
              if (serverDown) {
                throw new IllegalStateException(
                    "department unavailable: supervision-HEALTH closed");
              }
              sent.add((String) execution.getVariable(DecisionReportProcess.Var.REPORT_ID));
            });
  }

  private ProcessInstance written(String reportId) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            DecisionReportProcess.KEY,
            "XK20261203000001",
            Variables.createVariables()
                .putValue(DecisionReportProcess.Var.REPORT_ID, reportId)
                .putValue(DecisionReportProcess.Var.RETRY_CYCLE, "R2/PT1S"));
  }

  private Job job(ProcessInstance pi) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .singleResult();
  }

  @Test
  void theReportIsSentByTheJobAfterTheDecisionNotDuringIt() {
    ProcessInstance pi = written("report-41");

    assertThat(pi).isWaitingAt(DecisionReportProcess.Task.SEND_REPORT);
    assertThat(sent).isEmpty();
    engine.getManagementService().executeJob(job(pi).getId());
    assertThat(sent).containsExactly("report-41");
    assertThat(pi).isEnded();
  }

  @Test
  void aRefusedReportIsRetriedThenAnIncidentAndARetryAfterTheDepartmentIsBackSendsIt() {
    serverDown = true;
    ProcessInstance pi = written("report-42");

    for (int attempt = 0; attempt < 2; attempt++) {
      String jobId = job(pi).getId();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
          .hasMessageContaining("department unavailable");
    }
    assertThat(job(pi).getRetries()).isZero();
    assertThat(
            engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(1);
    assertThat(sent).isEmpty();

    serverDown = false;
    engine.getManagementService().setJobRetries(job(pi).getId(), 1);
    engine.getManagementService().executeJob(job(pi).getId());
    assertThat(sent).containsExactly("report-42");
    assertThat(pi).isEnded();
  }
}
