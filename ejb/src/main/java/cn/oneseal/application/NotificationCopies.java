package cn.oneseal.application;

import cn.oneseal.domain.model.notification.NotificationDelivery;
import cn.oneseal.domain.model.notification.NotificationRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Sends the copies of one notification outside the app, the SMS and then the e-mail, as the one job
 * of its outbox entry (the process the notification's creation starts in the act's transaction;
 * docs/notifications.md). Both go in the job's transaction, which logs them at its commit. When the
 * mail fails, the job rolls back to be retried: the SMS that went out is logged first in a
 * transaction of its own, so that no retry sends it again.
 */
@Stateless
@PermitAll
public class NotificationCopies {

  @Inject private SmsNotifier sms;

  @Inject private NotificationMailer mailer;

  @Inject private NotificationMailFailures failures;

  @Inject private NotificationRepository repository;

  /** Sends this notification's SMS (an applicant's notice) and its e-mail, each at most once. */
  public void deliver(long notificationId) {
    Optional<NotificationDelivery> texted = sms.text(notificationId);
    try {
      mailer.deliver(notificationId);
    } catch (RuntimeException mailFailed) {
      texted.ifPresent(
          line -> {
            try {
              failures.keep(line);
            } catch (RuntimeException notKept) {
              mailFailed.addSuppressed(notKept);
            }
          });
      throw mailFailed;
    }
    texted.ifPresent(repository::log);
  }
}
