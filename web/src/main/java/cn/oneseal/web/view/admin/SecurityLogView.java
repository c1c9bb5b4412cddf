package cn.oneseal.web.view.admin;

import cn.oneseal.application.SecurityLog;
import cn.oneseal.application.dto.SecurityEventView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The security log for the audit administrator, newest first, optionally of one account. */
@Named
@ViewScoped
public class SecurityLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityLog log;

  @Inject private CurrentActor currentActor;

  private String account;

  private LazyDataModel<SecurityEventView> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            paging -> log.page(currentActor.require(), account, paging),
            event -> String.valueOf(event.id()));
  }

  public LazyDataModel<SecurityEventView> getModel() {
    return model;
  }

  /** The event kind in words; a kind without words yet shows as its code. */
  public String kindLabel(String kind) {
    return cn.oneseal.web.i18n.Messages.textOr(
        "cn.oneseal.web.i18n.messages", "securityLog.kind." + kind, kind, FacesSupport.locale());
  }

  /** Who acted; the unknown name of a failed sign-in in words. */
  public String actorLabel(String actor) {
    return SecurityLog.UNKNOWN_NAME.equals(actor)
        ? cn.oneseal.web.i18n.Messages.textOr(
            "cn.oneseal.web.i18n.messages",
            "securityLog.actor.unknownName",
            actor,
            FacesSupport.locale())
        : actor;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }
}
