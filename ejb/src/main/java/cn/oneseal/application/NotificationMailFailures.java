package cn.oneseal.application;

import cn.oneseal.domain.model.notification.Notification;
import cn.oneseal.domain.model.notification.NotificationDelivery;
import cn.oneseal.domain.model.notification.NotificationRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps why a mail was not sent on its notification, and the SMS that went out before it, in a
 * transaction of its own: the sending job rolls back to be retried, the reason must stay visible
 * meanwhile, and the retry must find the SMS logged.
 */
@Stateless
@PermitAll
public class NotificationMailFailures {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private NotificationRepository repository;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long notificationId, String error) {
    Notification notification = em.find(Notification.class, notificationId);
    if (notification != null) {
      notification.recordEmailError(error);
    }
  }

  /** Logs a delivery made by a job that is about to roll back (the SMS before a refused mail). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void keep(NotificationDelivery delivery) {
    repository.log(delivery);
  }
}
