package cn.oneseal.workflow.mail;

import cn.oneseal.application.NotificationMailer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Sends one notification's e-mail in its own job, for the outbox entries of the model's first
 * version (the later ones send the SMS and the mail in one job, {@link SendCopiesDelegate}), which
 * finish on the version they started with. A refusal is thrown on, so that the engine retries the
 * job and finally raises an incident; the mail is never dropped silently.
 */
@Named(NotificationMailProcess.Delegate.SEND_MAIL)
@Dependent
public class SendMailDelegate implements JavaDelegate {

  @Inject NotificationMailer mailer;

  @Override
  public void execute(DelegateExecution execution) {
    mailer.deliver((Long) execution.getVariable(NotificationMailProcess.Var.NOTIFICATION_ID));
  }
}
