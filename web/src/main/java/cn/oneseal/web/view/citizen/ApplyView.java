package cn.oneseal.web.view.citizen;

import cn.oneseal.application.ApplicationForm;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.Submission;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.domain.shared.DomainException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;

/**
 * An applicant fills in the form of one approval item and hands in its materials. The idempotency
 * key is made once per page, so a double click or a resent form files one application, not two.
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogService catalog;

  @Inject private LicensingWorkflow workflow;

  @Inject private CurrentActor currentActor;

  @Inject private OneSealConfig config;

  private final String idempotencyKey = UUID.randomUUID().toString();
  private final List<PendingUpload> uploads = new ArrayList<>();

  private String itemCode;
  private ItemSheet item;
  private String applicantName;
  private String contactPhone;
  private String description;

  /** 告知承诺制: the item's commitment terms, {@code null} when the item does not offer the path. */
  private ItemGuide.CommitmentGuide commitment;

  /** {@code ordinary} or {@code commitment}: which path the applicant chose. */
  private String path = ORDINARY;

  /** The applicant ticked "I have read the conditions and commit to them" (the signature). */
  private boolean commitmentSigned;

  static final String ORDINARY = "ordinary";
  static final String COMMITMENT = "commitment";

  /**
   * Loads the item named by {@code ?item=}; an unknown or retired item answers 404, a registration
   * item (多证合一) redirects to the registration wizard.
   */
  public void load() {
    // not @ReportsProblems: an item that cannot be applied for is a 404, whatever the refusal
    try {
      ItemGuide guide = catalog.requireActive(itemCode);
      if (guide.registrationType() != null) {
        // a registration is filed with the one form of the wizard only; the generic form would
        // refuse it on submission (error.application.registrationByForm)
        FacesSupport.redirect("/citizen/register.xhtml?type=" + guide.registrationType());
        return;
      }
      item = ItemSheet.of(guide, FacesSupport.locale());
      commitment = guide.commitment();
      if (applicantName == null) {
        applicantName = currentActor.getDisplayName();
      }
    } catch (DomainException e) {
      FacesSupport.error(e);
      FacesSupport.status(404);
    }
  }

  public void upload(FileUploadEvent event) {
    PendingUpload.received(event.getFile(), config.uploadLimits()).ifPresent(uploads::add);
  }

  public void remove(String uploadId) {
    uploads.removeIf(u -> u.id().equals(uploadId));
  }

  @ReportsProblems
  public String submit() {
    if (item == null) {
      return null;
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put(ApplicationForm.APPLICANT_NAME, applicantName);
    form.put(ApplicationForm.CONTACT_PHONE, contactPhone);
    form.put(ApplicationForm.DESCRIPTION, description);
    boolean onCommitment = isCommitmentChosen();
    if (onCommitment && !commitmentSigned) {
      throw DomainException.invalidField("commitmentSigned", "error.commitment.signatureRequired");
    }
    Submission submission =
        workflow.submit(
            currentActor.require(),
            item.code(),
            form,
            uploads.stream().map(PendingUpload::toUpload).toList(),
            idempotencyKey,
            onCommitment);
    FacesSupport.infoAfterRedirect(
        submission.created() ? "apply.submitted" : "apply.alreadySubmitted", submission.number());
    return "/application.xhtml?faces-redirect=true&number=" + submission.number();
  }

  /** Whether the item may be approved on the applicant's commitment. */
  public boolean isCommitmentEligible() {
    return commitment != null;
  }

  /** The commitment's text in the page's language. */
  public String getCommitmentText() {
    return commitment == null ? null : commitment.text(FacesSupport.locale());
  }

  /** The post-check period in months (P2M → 2). */
  public int getPostCheckMonths() {
    return commitment == null ? 0 : commitment.months();
  }

  public boolean isCommitmentChosen() {
    return commitment != null && COMMITMENT.equals(path);
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = COMMITMENT.equals(path) ? COMMITMENT : ORDINARY;
  }

  public boolean isCommitmentSigned() {
    return commitmentSigned;
  }

  public void setCommitmentSigned(boolean commitmentSigned) {
    this.commitmentSigned = commitmentSigned;
  }

  public boolean isLoaded() {
    return item != null;
  }

  public ItemSheet getItem() {
    return item;
  }

  public List<PendingUpload> getUploads() {
    return uploads;
  }

  public long getMaxUploadBytes() {
    return config.uploadLimits().maxFileBytes();
  }

  public String getItemCode() {
    return itemCode;
  }

  public void setItemCode(String itemCode) {
    this.itemCode = itemCode;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public void setApplicantName(String applicantName) {
    this.applicantName = applicantName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
