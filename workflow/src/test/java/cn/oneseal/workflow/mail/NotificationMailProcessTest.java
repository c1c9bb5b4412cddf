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
 * The e-mail outbox's model: nothing is sent while the act's transaction is open (the SMS and the
 * mail are the jobs after it, the SMS first, in its own job), a refused mail is retried by the
 * configured cycle and then is an incident, and a retry once the mail server is back sends it.
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
  private final List<Long> texted = new ArrayList<>();
  private boolean serverDown;

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    Mocks.register(
        NotificationMailProcess.Delegate.SEND_SMS,
        (JavaDelegate)
            execution ->
                texted.add(
                    (Long) execution.getVariable(NotificationMailProcess.Var.NOTIFICATION_ID)));
    Mocks.register(
        NotificationMailProcess.Delegate.SEND_MAIL,
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

  /** The SMS's job, the first after the act: then the process waits at the mail's. */
  private void smsSent(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(NotificationMailProcess.Task.SEND_SMS);
    engine.getManagementService().executeJob(job(pi).getId());
  }

  private Job job(ProcessInstance pi) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .singleResult();
  }

  @Test
  void theMailIsSentByTheJobAfterTheActNotDuringIt() {
    ProcessInstance pi = written(41L);

    assertThat(texted).isEmpty();
    smsSent(pi);
    assertThat(texted).containsExactly(41L);
    assertThat(pi).isWaitingAt(NotificationMailProcess.Task.SEND_MAIL);
    assertThat(sent).isEmpty();
    engine.getManagementService().executeJob(job(pi).getId());
    assertThat(sent).containsExactly(41L);
    assertThat(pi).isEnded();
  }

  @Test
  void aRefusedMailIsRetriedThenAnIncidentAndARetryAfterTheServerIsBackSendsIt() {
    serverDown = true;
    ProcessInstance pi = written(42L);
    smsSent(pi);

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
    // the mail's retries never repeated the SMS, which went out in its own job
    assertThat(texted).containsExactly(42L);
  }
}
