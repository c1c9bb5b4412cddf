package cn.oneseal.domain.model.notification;

import java.util.Optional;

/** Notifications and their log of deliveries, as the channels' senders need them. */
public interface NotificationRepository {

  Optional<Notification> find(long id);

  /** Whether the notification has a line for {@code channel} in the log already. */
  boolean logged(long notificationId, NotificationDelivery.Channel channel);

  /**
   * Writes one line of the log now, so that a second delivery on the same channel fails here
   * (unique key), before anything leaves.
   */
  void log(NotificationDelivery delivery);
}
