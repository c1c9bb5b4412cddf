package cn.oneseal.web.view.application;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.AuditTrail;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.CaseViewer;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.catalog.ItemSheet;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PendingUpload;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;

/**
 * One application, for everyone who may read it: its owner (who may also answer a correction notice
 * or withdraw it), staff and supervisors (who only read here). Whether someone may read it at all
 * is the service's decision; for anyone else it does not exist (404).
 */
@Named
@ViewScoped
public class ApplicationDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationService applications;

  @Inject private CatalogService catalog;

  @Inject private LicensingWorkflow workflow;

  @Inject private CurrentActor currentActor;

  @Inject private OneSealConfig config;

  @Inject private AuditTrail audit;

  private final List<PendingUpload> correctionUploads = new ArrayList<>();

  private String number;
  private ApplicationPresentation page;
  private boolean owner;
  private List<CaseViewer> viewers = List.of();
  private String correctionNote;
  private String withdrawReason;

  @ReportsProblems(pageStatus = true)
  public void load() {
    if (!currentActor.isLoggedIn()) {
      String self =
          "/application.xhtml?number="
              + URLEncoder.encode(String.valueOf(number), StandardCharsets.UTF_8);
      FacesSupport.redirect("/login.xhtml?next=" + URLEncoder.encode(self, StandardCharsets.UTF_8));
      return;
    }
    read();
  }

  private void read() {
    Actor actor = currentActor.require();
    Locale locale = FacesSupport.locale();
    ApplicationDetails details = applications.details(actor, number);
    ItemSheet item =
        catalog
            .version(details.itemCode(), details.itemVersion())
            .map(i -> ItemSheet.of(i, locale))
            .orElse(null);
    page = new ApplicationPresentation(details, item, locale);
    owner = actor.has(Role.CITIZEN) && actor.username().equals(details.applicant());
    viewers = owner ? audit.viewers(actor, number) : List.of();
  }

  /** Whether the reader is the applicant. */
  public boolean isOwner() {
    return owner;
  }

  /** Who read the case (the applicant's own view), newest first. */
  public List<CaseViewer> getViewers() {
    return viewers;
  }

  /** The read window in minutes, as the viewers' note says it. */
  public long getReadWindowMinutes() {
    return config.auditReadWindow().toMinutes();
  }

  @ReportsProblems
  public String withdraw() {
    workflow.withdraw(currentActor.require(), number, blankToNull(withdrawReason));
    FacesSupport.infoAfterRedirect("detail.withdrawn", number);
    return self();
  }

  @ReportsProblems
  public String answerCorrections() {
    workflow.answerCorrections(
        currentActor.require(),
        number,
        blankToNull(correctionNote),
        correctionUploads.stream().map(PendingUpload::toUpload).toList());
    FacesSupport.infoAfterRedirect("detail.correctionsSent", number);
    return self();
  }

  public void upload(FileUploadEvent event) {
    PendingUpload.received(event.getFile(), config.uploadLimits())
        .ifPresent(correctionUploads::add);
  }

  public void removeUpload(String uploadId) {
    correctionUploads.removeIf(u -> u.id().equals(uploadId));
  }

  private String self() {
    return "/application.xhtml?faces-redirect=true&number="
        + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isLoaded() {
    return page != null;
  }

  public ApplicationPresentation getPage() {
    return page;
  }

  public boolean isCanWithdraw() {
    return owner && page != null && page.getDetails().withdrawable();
  }

  public boolean isCanAnswerCorrections() {
    return owner && page != null && page.getDetails().correctionPending();
  }

  public long getMaxUploadBytes() {
    return config.uploadLimits().maxFileBytes();
  }

  public List<PendingUpload> getCorrectionUploads() {
    return correctionUploads;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getCorrectionNote() {
    return correctionNote;
  }

  public void setCorrectionNote(String correctionNote) {
    this.correctionNote = correctionNote;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
