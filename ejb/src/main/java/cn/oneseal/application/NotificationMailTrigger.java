package cn.oneseal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands a notification to the mailer once the transaction that wrote it has committed; a rolled
 * back act sends nothing. The mailer runs asynchronously, so the committing thread only queues it.
 */
@ApplicationScoped
public class NotificationMailTrigger {

  @Inject private NotificationMailer mailer;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
    mailer.deliver(created.notificationId());
  }
}
