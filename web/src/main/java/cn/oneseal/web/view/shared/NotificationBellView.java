package cn.oneseal.web.view.shared;

import cn.oneseal.application.NotificationService;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The unread count beside the bell in the page header: asked once per request, and only for a
 * signed-in person.
 */
@Named
@RequestScoped
public class NotificationBellView {

  @Inject private NotificationService notifications;

  @Inject private CurrentActor currentActor;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = currentActor.optional().map(notifications::unreadCount).orElse(0L);
    }
    return unread;
  }
}
