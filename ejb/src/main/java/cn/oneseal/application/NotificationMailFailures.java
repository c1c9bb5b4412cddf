package cn.oneseal.application;

import cn.oneseal.domain.model.notification.Notification;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps why a mail was not sent on its notification, in a transaction of its own: the sending job
 * rolls back to be retried, and the reason must stay visible meanwhile.
 */
@Stateless
@PermitAll
public class NotificationMailFailures {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long notificationId, String error) {
    Notification notification = em.find(Notification.class, notificationId);
    if (notification != null) {
      notification.recordEmailError(error);
    }
  }
}
