package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.notification.Notification;
import cn.oneseal.domain.model.notification.NotificationDelivery;
import cn.oneseal.domain.model.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Notifications and the notification log in the database. */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public Optional<Notification> find(long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  @Override
  public boolean logged(long notificationId, NotificationDelivery.Channel channel) {
    return em.createQuery(
                "select count(d) from NotificationDelivery d where d.notificationId = :n"
                    + " and d.channel = :c",
                Long.class)
            .setParameter("n", notificationId)
            .setParameter("c", channel)
            .getSingleResult()
        > 0;
  }

  @Override
  public void log(NotificationDelivery delivery) {
    em.persist(delivery);
    em.flush();
  }
}
