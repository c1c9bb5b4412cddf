package cn.oneseal.web.view.citizen;

import cn.oneseal.application.ApplicationDraftService;
import cn.oneseal.application.ApplicationDraftService.ChecklistEntry;
import cn.oneseal.application.ApplicationDraftService.DraftSave;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.Submission;
import cn.oneseal.application.dto.ApplicationDraftView;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.domain.model.application.ApplicationDraft;
import cn.oneseal.domain.model.application.UploadLimits;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.catalog.ItemSheet;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PendingUpload;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.licensing.ApplicationDraftWorkflow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;

/**
 * An applicant fills in the form of one approval item as a draft (申请草稿) and files it: the answers
 * and every uploaded material are saved with the draft (explicitly, and whenever the applicant
 * moves on to check the answers), so the form can be left and resumed from "我的申请"; a problem is
 * shown beside its field, all at once, and the well-formed answers are kept; the item version's
 * materials are a checklist; "核对信息" lists every answer and material before filing, each with a "修改"
 * back to its field. The idempotency key is made once per page, so a double click files one
 * application, not two.
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "applyForm";

  /** The two steps of the page. */
  static final String STEP_FORM = "form";

  static final String STEP_CHECK = "check";

  @Inject private CatalogService catalog;

  @Inject private ApplicationDraftService drafts;

  @Inject private ApplicationDraftWorkflow workflow;

  @Inject private CurrentActor currentActor;

  @Inject private OneSealConfig config;

  private final String idempotencyKey = UUID.randomUUID().toString();

  private String itemCode;
  private Long draftId;
  private ItemSheet item;
  private List<ChecklistEntry> checklist = List.of();
  private ApplicationDraftView draft;
  private String step = STEP_FORM;
  private String focusField;

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
   * Loads the item named by {@code ?item=}, or the draft named by {@code ?draft=} (resumed); an
   * unknown or retired item, or a draft that is not the citizen's, answers 404; a registration item
   * (多证合一) redirects to the registration wizard.
   */
  public void load() {
    // not @ReportsProblems: an item that cannot be applied for is a 404, whatever the refusal
    try {
      if (draftId != null) {
        draft = drafts.get(currentActor.require(), draftId);
        if (!ApplicationDraft.Status.DRAFT.name().equals(draft.status())) {
          FacesSupport.redirect("/application.xhtml?number=" + draft.applicationNumber());
          return;
        }
        itemCode = draft.itemCode();
        applicantName = draft.applicantName();
        contactPhone = draft.contactPhone();
        description = draft.description();
        path = draft.commitment() ? COMMITMENT : ORDINARY;
      }
      ItemGuide guide = catalog.requireActive(itemCode);
      if (guide.registrationType() != null) {
        // a registration is filed with the one form of the wizard only; the generic form would
        // refuse it on submission (error.application.registrationByForm)
        FacesSupport.redirect("/citizen/register.xhtml?type=" + guide.registrationType());
        return;
      }
      item = ItemSheet.of(guide, FacesSupport.locale());
      checklist = drafts.checklist(guide.code());
      commitment = guide.commitment();
      if (STEP_CHECK.equals(step)) {
        if (draft == null) {
          step = STEP_FORM;
        } else if (!draft.missing().isEmpty()) {
          // the answers are not complete (a file was removed meanwhile): back to the form, told why
          step = STEP_FORM;
          showProblems(missingDetails());
        }
      } else {
        step = STEP_FORM;
      }
      if (applicantName == null) {
        applicantName = currentActor.getDisplayName();
      }
    } catch (DomainException e) {
      item = null;
      FacesSupport.error(e);
      FacesSupport.status(404);
    }
  }

  /**
   * "保存草稿": saves what is well-formed, shows each refused answer beside its field. The first save
   * of a new form opens the draft's own address, so that a reload or a language switch resumes it.
   */
  @ReportsProblems
  public String saveDraft() {
    boolean created = draftId == null;
    if (!save()) {
      return null;
    }
    if (created) {
      FacesSupport.infoAfterRedirect("apply.draft.saved");
      return formOutcome(null);
    }
    FacesSupport.info("apply.draft.saved");
    return null;
  }

  /**
   * Leaves the form for "核对信息": saves first; a malformed answer, an unanswered required field or a
   * missing required material keeps the applicant on the form, each told beside its field, all at
   * once. The answers have their own address ({@code ?draft=…&step=check}).
   */
  @ReportsProblems
  public String review() {
    if (!save()) {
      return null;
    }
    if (!draft.missing().isEmpty()) {
      showProblems(missingDetails());
      return null;
    }
    return "/citizen/apply.xhtml?faces-redirect=true&draft=" + draftId + "&step=" + STEP_CHECK;
  }

  /** "修改" on the answers: back to the form, where the field's input takes the focus. */
  public String change(String field) {
    return formOutcome(field == null || field.isBlank() ? null : field);
  }

  private String formOutcome(String field) {
    return "/citizen/apply.xhtml?faces-redirect=true&draft="
        + draftId
        + (field == null
            ? ""
            : "&focus="
                + java.net.URLEncoder.encode(field, java.nio.charset.StandardCharsets.UTF_8));
  }

  private List<Detail> missingDetails() {
    return draft.missing().stream()
        .map(m -> Detail.of(m.field(), m.code(), m.args().toArray()))
        .toList();
  }

  /** The client id of the input to focus after "修改" (the page's script focuses it). */
  public String getFocus() {
    return focusField == null ? null : inputOf(focusField).orElse(null);
  }

  /** Saves the draft (creating it at the first save); whether every answer was kept. */
  private boolean save() {
    if (item == null) {
      return false;
    }
    ApplicationDraft.Answers answers =
        new ApplicationDraft.Answers(applicantName, contactPhone, description, null);
    boolean onCommitment = isCommitmentChosen();
    if (draftId == null) {
      // the first save creates the draft with the well-formed answers; the rest is refused below
      draft = drafts.create(currentActor.require(), item.code(), null, onCommitment);
      draftId = draft.id();
    }
    DraftSave saved = drafts.saveValid(currentActor.require(), draftId, answers, onCommitment);
    draft = saved.draft();
    if (!saved.refused().isEmpty()) {
      showProblems(saved.refused());
      return false;
    }
    return true;
  }

  private void showProblems(List<Detail> problems) {
    Locale locale = FacesSupport.locale();
    for (Detail problem : problems) {
      RegistrationFieldErrors.show(
          inputOf(problem.field()), Messages.error(problem.code(), locale, problem.arguments()));
    }
    FacesSupport.error(DomainException.invalid("error.draft.problems", problems.size()));
  }

  /** The input of a field of the form, or the upload of a material of the checklist. */
  Optional<String> inputOf(String field) {
    if (field == null) {
      return Optional.empty();
    }
    if (field.startsWith("materials.")) {
      String code = field.substring("materials.".length());
      for (int i = 0; i < checklist.size(); i++) {
        if (checklist.get(i).code().equals(code)) {
          return Optional.of(FORM + ":checklist:" + i + ":materialUpload");
        }
      }
      return Optional.empty();
    }
    return switch (field) {
      case "applicantName", "contactPhone", "description", "path" ->
          Optional.of(FORM + ":" + field);
      default -> Optional.empty();
    };
  }

  /** A file for one material of the checklist, saved with the draft at once. */
  public void upload(FileUploadEvent event) {
    UploadLimits limits = config.uploadLimits();
    Optional<PendingUpload> received = PendingUpload.received(event.getFile(), limits);
    if (received.isEmpty()) {
      return;
    }
    String requirement = (String) event.getComponent().getAttributes().get("requirement");
    try {
      if (draftId == null) {
        // the first file creates the draft; an answer refused meanwhile is shown beside its field
        save();
      }
      PendingUpload file = received.get();
      draft =
          drafts.attach(
              currentActor.require(),
              draftId,
              new cn.oneseal.domain.model.application.Upload(
                  requirement, file.fileName(), file.contentType(), file.content()));
    } catch (DomainException e) {
      // the refusal (type, size, the form's limits) beside the material's upload
      Locale locale = FacesSupport.locale();
      String at = event.getComponent().getClientId();
      for (Detail problem : e.details()) {
        RegistrationFieldErrors.show(
            Optional.of(at), Messages.error(problem.code(), locale, problem.arguments()));
      }
    }
  }

  @ReportsProblems
  public void remove(long materialId) {
    draft = drafts.detach(currentActor.require(), draftId, materialId);
  }

  /** Files the checked draft and opens the application. */
  @ReportsProblems
  public String submit() {
    if (item == null || draftId == null) {
      return null;
    }
    boolean onCommitment = isCommitmentChosen();
    if (onCommitment && !commitmentSigned) {
      throw DomainException.invalidField("commitmentSigned", "error.commitment.signatureRequired");
    }
    Submission submission = workflow.submit(currentActor.require(), draftId, idempotencyKey);
    FacesSupport.infoAfterRedirect(
        submission.created() ? "apply.submitted" : "apply.alreadySubmitted", submission.number());
    return "/application.xhtml?faces-redirect=true&number=" + submission.number();
  }

  /** The files saved for one material of the checklist. */
  public List<ApplicationDraftView.MaterialFile> filesOf(String code) {
    if (draft == null) {
      return List.of();
    }
    return draft.materials().stream().filter(m -> code.equals(m.requirement())).toList();
  }

  public boolean uploaded(String code) {
    return !filesOf(code).isEmpty();
  }

  /** A material's name in the page's language. */
  public String materialName(ChecklistEntry entry) {
    return english() && entry.nameEn() != null ? entry.nameEn() : entry.nameZh();
  }

  /** "PDF、JPEG、PNG" or "PDF, JPEG, PNG". */
  public String types(ChecklistEntry entry) {
    return String.join(english() ? ", " : "、", entry.types());
  }

  /** How many required materials have a file, of how many. */
  public long getRequiredUploaded() {
    return checklist.stream()
        .filter(ChecklistEntry::required)
        .filter(e -> uploaded(e.code()))
        .count();
  }

  public long getRequiredCount() {
    return checklist.stream().filter(ChecklistEntry::required).count();
  }

  private static boolean english() {
    return Locale.ENGLISH.getLanguage().equals(FacesSupport.locale().getLanguage());
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

  public boolean isChecking() {
    return STEP_CHECK.equals(step);
  }

  public ItemSheet getItem() {
    return item;
  }

  public List<ChecklistEntry> getChecklist() {
    return checklist;
  }

  public ApplicationDraftView getDraft() {
    return draft;
  }

  public long getMaxUploadBytes() {
    return config.uploadLimits().maxFileBytes();
  }

  public String getMaxUploadMegabytes() {
    return UploadLimits.megabytes(config.uploadLimits().maxFileBytes());
  }

  public String getMaxTotalMegabytes() {
    return UploadLimits.megabytes(config.uploadLimits().maxTotalBytes());
  }

  public int getMaxFiles() {
    return config.uploadLimits().maxFiles();
  }

  public String getItemCode() {
    return itemCode;
  }

  public void setItemCode(String itemCode) {
    this.itemCode = itemCode;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  /** The field that "修改" returns to ({@code ?focus=contactPhone}, {@code materials.<code>}). */
  public String getFocusField() {
    return focusField;
  }

  public void setFocusField(String focusField) {
    this.focusField = focusField;
  }

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
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
