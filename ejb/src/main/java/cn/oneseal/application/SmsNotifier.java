package cn.oneseal.application;

import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.notification.Notification;
import cn.oneseal.domain.model.notification.NotificationDelivery;
import cn.oneseal.domain.model.notification.NotificationDelivery.Channel;
import cn.oneseal.domain.model.notification.NotificationDelivery.Status;
import cn.oneseal.domain.model.notification.NotificationRepository;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends the SMS copy of a notice to an applicant about their case, as the job of the notice's
 * outbox entry (its own job, before the e-mail's: a failing mail server never holds back or repeats
 * the SMS). The outcome goes into the notification log with the number masked; a notice already
 * logged for SMS is not sent again, and the log's unique key makes a concurrent second attempt fail
 * instead of sending twice. Staff notices go to the app and by e-mail only.
 */
@Stateless
@PermitAll
public class SmsNotifier {

  static final String DECLINED = "not sent: the account chose not to get SMS";
  static final String NO_MOBILE = "not sent: the account has no mobile number";

  @Inject private NotificationRepository repository;

  @Inject private AccountService accounts;

  @Inject private SmsGateway gateway;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  /** Sends the SMS of this notification in the caller's (the job's) transaction. */
  public void deliver(long notificationId) {
    Notification notification =
        repository
            .find(notificationId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "notification "
                            + notificationId
                            + " is not in the database after its commit"));
    if (!notification.getKind().toApplicant() || repository.logged(notificationId, Channel.SMS)) {
      return;
    }
    Optional<UserAccount> account = accounts.find(notification.getRecipient());
    if (account.isEmpty() || !account.get().isNotifyBySms()) {
      log(notificationId, null, Status.SKIPPED, DECLINED);
      return;
    }
    String mobile = account.get().getMobile();
    if (mobile == null || mobile.isBlank()) {
      log(notificationId, null, Status.SKIPPED, NO_MOBILE);
      return;
    }
    String text =
        new CitizenNoticeText(CitizenNotices.languageOf(notification.getRecipient()))
            .sms(
                notification.getKind(),
                notification.getApplicationNumber(),
                NotificationMail.link(
                    config.publicUrl(), notification.getApplicationNumber(), null));
    gateway.send(mobile.strip(), text);
    log(notificationId, NotificationDelivery.maskPhone(mobile), Status.SENT, text);
  }

  private void log(long notificationId, String address, Status status, String message) {
    repository.log(
        new NotificationDelivery(
            notificationId, Channel.SMS, address, status, message, clock.instant()));
  }
}
