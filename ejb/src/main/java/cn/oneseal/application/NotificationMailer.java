package cn.oneseal.application;

import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.notification.Notification;
import cn.oneseal.domain.model.notification.NotificationDelivery;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.infrastructure.mail.MailSender;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mail copy of a notification as the job of its outbox entry (the process that the
 * notification's creation starts in the act's transaction; docs/conventions.md, "External calls")
 * and keeps the outcome on the notification: when it was sent, or why not. A refusal of the mail
 * server is stored in a transaction of its own and thrown on, so that the job is retried and, when
 * its retries run out, becomes an incident administrators see and retry. A mail already sent is not
 * sent again; one whose sending was not recorded (the node died between the two) is sent again with
 * the same Message-ID, which the receiving side drops.
 */
@Stateless
@PermitAll
public class NotificationMailer {

  private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

  static final String NO_ADDRESS = "not sent: the account has no e-mail address";

  static final String DECLINED = "not sent: the account chose not to get e-mail";

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private AccountService accounts;

  @Inject private MailSender sender;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  @Inject private NotificationMailFailures failures;

  /** Sends the mail of this notification in the caller's (the job's) transaction. */
  public void deliver(long notificationId) {
    Notification notification = em.find(Notification.class, notificationId);
    if (notification == null) {
      throw new IllegalStateException(
          "notification " + notificationId + " is not in the database after its commit");
    }
    if (notification.getEmailedAt() != null) {
      return;
    }
    Optional<UserAccount> account = accounts.find(notification.getRecipient());
    if (account.isPresent() && !account.get().isNotifyByMail()) {
      notification.recordEmailError(DECLINED);
      logDelivery(notificationId, null, NotificationDelivery.Status.SKIPPED, DECLINED);
      return;
    }
    Optional<String> address =
        account.map(UserAccount::getEmail).filter(email -> email != null && !email.isBlank());
    if (address.isEmpty()) {
      LOG.info(
          () ->
              "notification "
                  + notificationId
                  + " for "
                  + notification.getRecipient()
                  + " "
                  + NO_ADDRESS);
      notification.recordEmailError(NO_ADDRESS);
      logDelivery(notificationId, null, NotificationDelivery.Status.SKIPPED, NO_ADDRESS);
      return;
    }
    NotificationMail mail =
        NotificationMail.compose(
            notification.getKind(),
            notification.getApplicationNumber(),
            notification.getTaskId(),
            notification.getStep(),
            notification.getDetail(),
            config.publicUrl());
    try {
      sender.send(address.get(), mail.subject(), mail.body(), messageId(notificationId));
      notification.recordEmailed(clock.instant());
      logDelivery(notificationId, address.get(), NotificationDelivery.Status.SENT, mail.subject());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "notification " + notificationId + ": the e-mail to " + address.get() + " failed",
          e);
      failures.record(notificationId, describe(e));
      throw new MailNotSent(reason(e), e);
    }
  }

  /** The mail's line in the notification log (once: an e-mailed notice returns above). */
  private void logDelivery(
      long notificationId, String address, NotificationDelivery.Status status, String message) {
    em.persist(
        new NotificationDelivery(
            notificationId,
            NotificationDelivery.Channel.MAIL,
            address,
            status,
            message,
            clock.instant()));
  }

  /** The Message-ID of a notification's mail: the same for every attempt. */
  String messageId(long notificationId) {
    return "<notification-" + notificationId + "@" + URI.create(config.publicUrl()).getHost() + ">";
  }

  /**
   * The mail server refused or could not be reached; the outbox's job is retried. An expected
   * failure, logged above: as an application exception it rolls the transaction back without the
   * container logging it again as an ERROR (WFLYEJB0034).
   */
  @ApplicationException(rollback = true)
  public static class MailNotSent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MailNotSent(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Why the mail server did not take the mail, as the administrators read it in the incident list:
   * the messages of the failure and its causes, without the names of the program's classes.
   */
  static String reason(Throwable failure) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = failure; t != null && parts.size() < 5; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        parts.add(t.getMessage().strip());
      }
    }
    return parts.isEmpty() ? "mail server unavailable" : String.join(" <- ", parts);
  }

  /** The exception and its causes, as one line for the notification row. */
  static String describe(Throwable failure) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = failure; t != null && parts.size() < 5; t = t.getCause()) {
      parts.add(t.getClass().getSimpleName() + ": " + t.getMessage());
    }
    return String.join(" <- ", parts);
  }
}
