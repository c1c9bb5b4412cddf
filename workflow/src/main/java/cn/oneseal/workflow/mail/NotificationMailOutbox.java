package cn.oneseal.workflow.mail;

import cn.oneseal.application.NotificationCreated;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The outbox entry of a notification's e-mail: a {@link NotificationMailProcess} instance started
 * in the transaction that wrote the notification, whose asynchronous job sends the mail after the
 * commit. A rolled-back act leaves neither the notification nor the job.
 */
@ApplicationScoped
public class NotificationMailOutbox {

  @Inject RuntimeService runtime;

  @Inject OneSealConfig config;

  void written(@Observes NotificationCreated created) {
    runtime.startProcessInstanceByKey(
        NotificationMailProcess.KEY,
        created.applicationNumber(),
        Variables.createVariables()
            .putValue(NotificationMailProcess.Var.NOTIFICATION_ID, created.notificationId())
            .putValue(NotificationMailProcess.Var.RETRY_CYCLE, config.mailRetryCycle()));
  }
}
