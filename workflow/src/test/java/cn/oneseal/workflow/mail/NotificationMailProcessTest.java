package cn.oneseal.workflow.mail;

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
 * The outbox's model: nothing is sent while the act's transaction is open (the SMS and the mail are
 * one job after it), a refused mail is retried by the configured cycle and then is an incident, and
 * a retry once the mail server is back sends it. That the retry does not repeat the SMS is the
 * job's ({@code NotificationCopies}, MailOutboxIT).
 */
@Deployment(resources = "processes/notificationMail.bpmn")
class NotificationMailProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder()
          .useProcessEngine(TestEngines.inMemory("notificationMailProcessTest"))
          .build();

  private ProcessEngine engine;

  private final List<Long> sent = new ArrayList<>();
  private boolean serverDown;

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    Mocks.register(
        NotificationMailProcess.Delegate.SEND_COPIES,
        (JavaDelegate)
            execution -> {
              if (serverDown) {
                throw new IllegalStateException("Connection refused: localhost:25");
              }
              sent.add((Long) execution.getVariable(NotificationMailProcess.Var.NOTIFICATION_ID));
            });
  }

  private ProcessInstance written(long notificationId) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            NotificationMailProcess.KEY,
            "XK20261203000001",
            Variables.createVariables()
                .putValue(NotificationMailProcess.Var.NOTIFICATION_ID, notificationId)
                .putValue(NotificationMailProcess.Var.RETRY_CYCLE, "R2/PT1S"));
  }

  private Job job(ProcessInstance pi) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .singleResult();
  }

  @Test
  void theCopiesAreSentByOneJobAfterTheActNotDuringIt() {
    ProcessInstance pi = written(41L);

    assertThat(pi).isWaitingAt(NotificationMailProcess.Task.SEND_COPIES);
    assertThat(sent).isEmpty();
    engine.getManagementService().executeJob(job(pi).getId());
    assertThat(sent).containsExactly(41L);
    assertThat(pi).isEnded();
  }

  @Test
  void aRefusedMailIsRetriedThenAnIncidentAndARetryAfterTheServerIsBackSendsIt() {
    serverDown = true;
    ProcessInstance pi = written(42L);

    for (int attempt = 0; attempt < 2; attempt++) {
      String jobId = job(pi).getId();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
          .hasMessageContaining("Connection refused");
    }
    assertThat(job(pi).getRetries()).isZero();
    assertThat(
            engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(1);
    assertThat(sent).isEmpty();

    serverDown = false;
    engine.getManagementService().setJobRetries(job(pi).getId(), 1);
    engine.getManagementService().executeJob(job(pi).getId());
    assertThat(sent).containsExactly(42L);
    assertThat(pi).isEnded();
  }
}
