package cn.oneseal.web.view.shared;

import cn.oneseal.application.NotificationService;
import cn.oneseal.application.dto.NotificationView;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The signed-in person's notifications (消息通知), latest first: what happened to which task, with
 * links to the application and, for staff, to the task itself.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NotificationService notifications;

  @Inject private CurrentActor currentActor;

  private List<NotificationView> rows = List.of();

  public void load() {
    FacesSupport.attemptLoading(
        () -> {
          rows = notifications.mine(currentActor.require(), false);
        });
  }

  public void markAllRead() {
    FacesSupport.attempt(
        () -> {
          notifications.markAllRead(currentActor.require());
          FacesSupport.info("notifications.allMarkedRead");
        });
    load();
  }

  public void markRead(long id) {
    FacesSupport.attempt(
        () -> {
          notifications.markRead(currentActor.require(), id);
        });
    load();
  }

  public List<NotificationView> getRows() {
    return rows;
  }

  public boolean isAnyUnread() {
    return rows.stream().anyMatch(n -> !n.read());
  }

  /** A step known by its BPMN id reads by its name; any other text as given. */
  public String stepName(String step) {
    if (step == null || step.isBlank()) {
      return "";
    }
    return Messages.textOr(Messages.UI_BUNDLE, "step." + step, step, FacesSupport.locale());
  }
}
