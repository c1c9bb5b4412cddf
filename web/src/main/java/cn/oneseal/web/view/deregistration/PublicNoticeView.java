package cn.oneseal.web.view.deregistration;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.application.deregistration.DeregistrationViews.NoticeView;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.workflow.deregistration.DeregistrationWorkflow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One public notice (/public-notice.xhtml?id=GSJY-…): the business, its registration authority, the
 * investors' commitment, the notice period, and the objection form while the notice runs. The
 * objectors' names and contacts are never shown here.
 */
@Named
@ViewScoped
public class PublicNoticeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DeregistrationService deregistrations;

  @Inject private DeregistrationWorkflow workflow;

  private String id;
  private NoticeView notice;
  private String name;
  private String contact;
  private String reason;
  private boolean filed;

  /** Reads the notice named by {@code ?id=}; a number nobody published answers 404. */
  public void load() {
    if (notice != null) {
      return;
    }
    FacesSupport.attemptLoading(() -> notice = deregistrations.notice(id));
  }

  /** Files the objection: every field required; refused after the notice or too often. */
  public void object() {
    if (notice == null) {
      return;
    }
    boolean done =
        FacesSupport.attempt(() -> notice = workflow.object(notice.id(), name, contact, reason));
    if (done) {
      filed = true;
      name = null;
      contact = null;
      reason = null;
      FacesSupport.infoFrom("cn.oneseal.web.i18n.deregistration", "notice.objection.filed");
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public NoticeView getNotice() {
    return notice;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isFiled() {
    return filed;
  }
}
