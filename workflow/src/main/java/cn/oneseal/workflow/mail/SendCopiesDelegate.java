package cn.oneseal.workflow.mail;

import cn.oneseal.application.NotificationCopies;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Sends one notification's SMS and e-mail in the outbox entry's one job. A refusal is thrown on, so
 * that the engine retries the job and finally raises an incident; a retry never repeats the SMS.
 */
@Named(NotificationMailProcess.Delegate.SEND_COPIES)
@Dependent
public class SendCopiesDelegate implements JavaDelegate {

  @Inject NotificationCopies copies;

  @Override
  public void execute(DelegateExecution execution) {
    copies.deliver((Long) execution.getVariable(NotificationMailProcess.Var.NOTIFICATION_ID));
  }
}
