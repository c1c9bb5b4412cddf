package cn.oneseal.web.view.admin;

import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.application.dto.ChannelConnection;
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
import org.primefaces.PrimeFaces;

/**
 * The data-sharing channels to the integrated departments: an administrator closes one for a
 * department's maintenance window (pushes then fail, are retried and become incidents for staff)
 * and opens it again, with a note that staff see beside the failed pushes. It also sets how a
 * channel sends: simulated, or signed over HTTPS to the department's receiver.
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

  /** The channel whose connection is being set, or null. */
  private String editing;

  private String mode;
  private String endpointUrl;
  private String keyId;
  private String secret;
  private Integer timeoutSeconds;

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

  /** Opens the connection form of a channel with what is set (never the secret). */
  public void edit(String code) {
    channels.stream()
        .filter(c -> c.certificateCode().equals(code))
        .findFirst()
        .ifPresent(
            c -> {
              editing = code;
              mode = c.mode();
              endpointUrl = c.endpointUrl();
              keyId = c.keyId();
              secret = null;
              timeoutSeconds = c.timeoutSeconds();
            });
  }

  public void cancelEdit() {
    editing = null;
    secret = null;
  }

  public void saveConnection() {
    String code = editing;
    FacesSupport.attempt(
        () -> {
          ChannelInfo changed =
              pushes.configureChannel(
                  currentActor.require(),
                  code,
                  new ChannelConnection(mode, endpointUrl, keyId, secret, timeoutSeconds));
          FacesSupport.infoFrom(
              ADMIN_BUNDLE,
              "channels.configured",
              localeView.pick(changed.certificateZh(), changed.certificateEn()));
          editing = null;
          load();
          // the table and the confirmation above it; a refusal stays beside the form only
          PrimeFaces.current().ajax().update("channelsForm");
        });
    // a refused secret is typed again, never sent back to the browser
    secret = null;
  }

  public ChannelInfo getEditingChannel() {
    return channels.stream()
        .filter(c -> c.certificateCode().equals(editing))
        .findFirst()
        .orElse(null);
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getEndpointUrl() {
    return endpointUrl;
  }

  public void setEndpointUrl(String endpointUrl) {
    this.endpointUrl = endpointUrl;
  }

  public String getKeyId() {
    return keyId;
  }

  public void setKeyId(String keyId) {
    this.keyId = keyId;
  }

  /** Write-only: the page never shows a secret. */
  public String getSecret() {
    return null;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public Integer getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public void setTimeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  public List<ChannelInfo> getChannels() {
    return channels;
  }

  public Map<String, String> getNotes() {
    return notes;
  }
}
