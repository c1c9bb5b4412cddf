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
 * Sends the SMS copy of a notice to an applicant about their case, in the job of the notice's
 * outbox entry, before the e-mail ({@link NotificationCopies}: a failing mail server never repeats
 * the SMS). The outcome goes into the notification log with the number masked; a notice already
 * logged for SMS is not sent again, and the log's unique key makes a concurrent second attempt fail
 * at its commit; the gateway gets one key for every attempt at a notice, for the provider to drop a
 * repeat that the log could not stop (docs/cluster.md). Staff notices go to the app and by e-mail
 * only.
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

  /**
   * Sends the SMS of this notification and logs it, in the caller's transaction (the job of an
   * outbox entry started before the SMS and the e-mail shared one job).
   */
  public void deliver(long notificationId) {
    text(notificationId).ifPresent(repository::log);
  }

  /**
   * Sends the SMS of this notification, unless it is not for the applicant or is logged already,
   * and answers its line of the notification log, which the caller writes: with the mail's outcome,
   * or on its own when the mail failed, so that the job's retry does not send the SMS again. A
   * notice the person gets no SMS for answers its {@code SKIPPED} line; a refusal of the gateway is
   * thrown.
   */
  public Optional<NotificationDelivery> text(long notificationId) {
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
      return Optional.empty();
    }
    Optional<UserAccount> account = accounts.find(notification.getRecipient());
    if (account.isEmpty() || !account.get().isNotifyBySms()) {
      return Optional.of(line(notificationId, null, Status.SKIPPED, DECLINED));
    }
    String mobile = account.get().getMobile();
    if (mobile == null || mobile.isBlank()) {
      return Optional.of(line(notificationId, null, Status.SKIPPED, NO_MOBILE));
    }
    String text =
        new CitizenNoticeText(CitizenNotices.languageOf(notification.getRecipient()))
            .sms(
                notification.getKind(),
                notification.getApplicationNumber(),
                NotificationMail.link(
                    config.publicUrl(), notification.getApplicationNumber(), null));
    gateway.send(mobile.strip(), text, SmsGateway.messageKey(notificationId));
    return Optional.of(
        line(notificationId, NotificationDelivery.maskPhone(mobile), Status.SENT, text));
  }

  private NotificationDelivery line(
      long notificationId, String address, Status status, String message) {
    return new NotificationDelivery(
        notificationId, Channel.SMS, address, status, message, clock.instant());
  }
}
