package cn.oneseal.web.view.admin;

import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.application.dto.ChannelInfo;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.LocaleView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-sharing channels to the integrated departments: an administrator closes one for a
 * department's maintenance window (pushes then fail, are retried and become incidents for staff)
 * and opens it again, with a note that staff see beside the failed pushes.
 */
@Named
@ViewScoped
public class AdminChannelsView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String ADMIN_BUNDLE = "cn.oneseal.web.i18n.admin";

  @Inject private DepartmentPushService pushes;

  @Inject private CurrentActor currentActor;

  @Inject private LocaleView localeView;

  private List<ChannelInfo> channels = List.of();
  private final Map<String, String> notes = new HashMap<>();

  public void load() {
    FacesSupport.attemptLoading(
        () -> {
          channels = pushes.channels(currentActor.require());
          channels.forEach(c -> notes.put(c.certificateCode(), c.note()));
        });
  }

  public void open(String code) {
    change(code, true);
  }

  public void close(String code) {
    change(code, false);
  }

  private void change(String code, boolean available) {
    FacesSupport.attempt(
        () -> {
          ChannelInfo changed =
              pushes.changeChannel(currentActor.require(), code, available, notes.get(code));
          FacesSupport.infoFrom(
              ADMIN_BUNDLE,
              available ? "channels.opened" : "channels.closed",
              localeView.pick(changed.certificateZh(), changed.certificateEn()));
          load();
        });
  }

  public List<ChannelInfo> getChannels() {
    return channels;
  }

  public Map<String, String> getNotes() {
    return notes;
  }
}
