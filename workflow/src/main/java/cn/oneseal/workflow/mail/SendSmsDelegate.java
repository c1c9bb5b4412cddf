package cn.oneseal.workflow.mail;

import cn.oneseal.application.SmsNotifier;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Sends one notice's SMS in its own job, before the e-mail's, for the outbox entries of the model's
 * first version (the later ones send both in one job, {@link SendCopiesDelegate}): an entry waiting
 * at this job when the server is upgraded finishes on the version it started with. A refusal of the
 * gateway is thrown on, so that the engine retries the job and finally raises an incident.
 */
@Named(NotificationMailProcess.Delegate.SEND_SMS)
@Dependent
public class SendSmsDelegate implements JavaDelegate {

  @Inject SmsNotifier sms;

  @Override
  public void execute(DelegateExecution execution) {
    sms.deliver((Long) execution.getVariable(NotificationMailProcess.Var.NOTIFICATION_ID));
  }
}
