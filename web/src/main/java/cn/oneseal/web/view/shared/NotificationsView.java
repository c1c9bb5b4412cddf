package cn.oneseal.web.view.shared;

import cn.oneseal.application.NotificationService;
import cn.oneseal.application.dto.NotificationView;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The signed-in person's notifications (消息通知), latest first: what happened to which task or case,
 * with links to the application and, for staff, to the task itself; and the person's choice of the
 * channels that also carry them (e-mail, SMS).
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NotificationService notifications;

  @Inject private CurrentActor currentActor;

  private PagedModel<NotificationView> model;

  private long unread;

  private boolean byMail = true;

  private boolean bySms = true;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            paging -> notifications.minePage(currentActor.require(), false, paging),
            n -> String.valueOf(n.id()));
  }

  public void load() {
    FacesSupport.attemptLoading(
        () -> {
          unread = notifications.unreadCount(currentActor.require());
          NotificationService.Channels channels = notifications.channels(currentActor.require());
          byMail = channels.mail();
          bySms = channels.sms();
        });
  }

  /** The person's own choice of channels besides this list (e-mail, SMS). */
  public void saveChannels() {
    FacesSupport.attempt(
        () -> {
          notifications.chooseChannels(
              currentActor.require(), new NotificationService.Channels(byMail, bySms));
          FacesSupport.info("notifications.channels.saved");
        });
  }

  public boolean isByMail() {
    return byMail;
  }

  public void setByMail(boolean byMail) {
    this.byMail = byMail;
  }

  public boolean isBySms() {
    return bySms;
  }

  public void setBySms(boolean bySms) {
    this.bySms = bySms;
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

  /** The person's notifications, latest first, one page at a time from the database. */
  public LazyDataModel<NotificationView> getModel() {
    return model;
  }

  public boolean isAnyUnread() {
    return unread > 0;
  }

  /** A step known by its BPMN id reads by its name; any other text as given. */
  public String stepName(String step) {
    if (step == null || step.isBlank()) {
      return "";
    }
    return Messages.textOr(Messages.UI_BUNDLE, "step." + step, step, FacesSupport.locale());
  }
}
