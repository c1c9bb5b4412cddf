package cn.oneseal.application;

import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.notification.Notification;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.infrastructure.mail.MailSender;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mail copy of a committed notification on a container thread of its own and keeps the
 * outcome on the notification: when it was sent, or why not (no address, or the mail server's
 * refusal). A failure is logged with its cause and stored; the act that notified is long committed.
 */
@Stateless
@PermitAll
public class NotificationMailer {

  private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

  static final String NO_ADDRESS = "not sent: the account has no e-mail address";

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private AccountService accounts;

  @Inject private MailSender sender;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long notificationId) {
    Notification notification = em.find(Notification.class, notificationId);
    if (notification == null) {
      throw new IllegalStateException(
          "notification " + notificationId + " is not in the database after its commit");
    }
    Optional<String> address =
        accounts
            .find(notification.getRecipient())
            .map(UserAccount::getEmail)
            .filter(email -> !email.isBlank());
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
      sender.send(address.get(), mail.subject(), mail.body());
      notification.recordEmailed(clock.instant());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "notification " + notificationId + ": the e-mail to " + address.get() + " failed",
          e);
      notification.recordEmailError(describe(e));
    }
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
