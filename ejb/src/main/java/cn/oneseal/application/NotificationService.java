package cn.oneseal.application;

import cn.oneseal.application.dto.NotificationView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.notification.Notification;
import cn.oneseal.domain.model.notification.NotificationDelivery;
import cn.oneseal.domain.model.notification.NotificationKind;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Notifications in the app, with an e-mail copy. A notice is written in the transaction of the act
 * that causes it (an assignment, an urge, a card); the e-mail is sent only after that transaction
 * commits, asynchronously, so a slow or failing mail server never delays or undoes the act.
 * Everyone reads and marks only their own notifications.
 */
@Stateless
@PermitAll
public class NotificationService {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private Event<NotificationCreated> created;

  /**
   * Tells {@code recipient} (a user name) about a task. Joins the caller's transaction; the e-mail
   * to the recipient's address is sent from the outbox after its commit ({@link
   * NotificationMailer}).
   */
  public void notify(
      String recipient,
      NotificationKind kind,
      String applicationNumber,
      String taskId,
      String step,
      String detail) {
    Notification notification =
        new Notification(recipient, kind, applicationNumber, taskId, step, detail, clock.instant());
    em.persist(notification);
    em.persist(
        new NotificationDelivery(
            notification.getId(),
            NotificationDelivery.Channel.IN_APP,
            recipient,
            NotificationDelivery.Status.SENT,
            null,
            notification.getCreatedAt()));
    created.fire(new NotificationCreated(notification.getId(), applicationNumber));
  }

  /** What {@link #minePage} accepts as {@link Paging#sort()}. */
  public static final Set<String> SORTABLE = Set.of("createdAt");

  /** One page of the actor's notifications, latest first unless sorted by creation ascending. */
  public ResultPage<NotificationView> minePage(Actor actor, boolean unreadOnly, Paging paging) {
    String where = " where n.recipient = :r" + (unreadOnly ? " and n.readAt is null" : "");
    String direction = paging.sorted() && !paging.descending() ? " asc" : " desc";
    long total =
        em.createQuery("select count(n) from Notification n" + where, Long.class)
            .setParameter("r", actor.username())
            .getSingleResult();
    List<NotificationView> rows =
        em.createQuery(
                "select n from Notification n"
                    + where
                    + " order by n.createdAt"
                    + direction
                    + ", n.id"
                    + direction,
                Notification.class)
            .setParameter("r", actor.username())
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultStream()
            .map(NotificationService::view)
            .toList();
    return new ResultPage<>(rows, total);
  }

  /** Which channels besides this list the actor gets their notices on: {@code [mail, sms]}. */
  public Channels channels(Actor actor) {
    UserAccount account = account(actor);
    return new Channels(account.isNotifyByMail(), account.isNotifyBySms());
  }

  /** The actor's own choice of channels; the list in the app always keeps every notice. */
  public void chooseChannels(Actor actor, Channels channels) {
    account(actor).chooseChannels(channels.mail(), channels.sms());
  }

  /** Whether notices also come by e-mail and by SMS (SMS: only those about one's own cases). */
  public record Channels(boolean mail, boolean sms) implements java.io.Serializable {}

  private UserAccount account(Actor actor) {
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", actor.username())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("error.account.notFound", actor.username()));
  }

  public long unreadCount(Actor actor) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :r and n.readAt is null",
            Long.class)
        .setParameter("r", actor.username())
        .getSingleResult();
  }

  /** Another person's notification is "not found": its existence is not the caller's business. */
  public void markRead(Actor actor, long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || !notification.getRecipient().equals(actor.username())) {
      throw DomainException.notFound("error.notification.notFound", String.valueOf(id));
    }
    notification.markRead(clock.instant());
  }

  public void markAllRead(Actor actor) {
    em.createQuery(
            "update Notification n set n.readAt = :now where n.recipient = :r and n.readAt is null")
        .setParameter("now", clock.instant())
        .setParameter("r", actor.username())
        .executeUpdate();
  }

  private static NotificationView view(Notification n) {
    return new NotificationView(
        n.getId(),
        n.getKind().id(),
        n.getApplicationNumber(),
        n.getTaskId(),
        n.getStep(),
        n.getDetail(),
        n.getCreatedAt(),
        n.isRead());
  }
}
