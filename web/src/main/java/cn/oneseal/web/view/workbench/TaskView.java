package cn.oneseal.web.view.workbench;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.CommitmentService;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.StaffService;
import cn.oneseal.application.credit.CreditCheckService;
import cn.oneseal.application.credit.CreditViews;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.ClockView;
import cn.oneseal.application.dto.DecisionPreview;
import cn.oneseal.application.dto.StaffMember;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.application.ApplicationPresentation;
import cn.oneseal.web.view.catalog.ItemSheet;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PendingUpload;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.commitment.CommitmentLicensingProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.task.Completion;
import cn.oneseal.workflow.task.Inbox;
import cn.oneseal.workflow.task.TaskActs;
import cn.oneseal.workflow.task.WorkItem;
import cn.oneseal.workflow.task.Workbench;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;

/**
 * One task of a member of staff: the application as the applicant filed it, and the decision this
 * step takes — at the window accept, refuse to accept, or list every missing material at once
 * (一次性告知); in review a recommendation; at the director a decision. Beside it the step's and the
 * case's clock, and the workbench's operations, each with a required comment: transfer (转办),
 * delegate (委派), give back (交回), return to the review (退回), urge (催办) and, for the director
 * deciding, an extension of the limit (延长期限).
 *
 * <p>Over 400 lines because the page offers the completion form and six dialogs, each with its
 * state; what a step allows comes from the step catalogue, the rules from the workbench.
 */
@Named
@ViewScoped
public class TaskView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A choice of the outcome radio. */
  public record Choice(String value, String label) implements Serializable {}

  /** The operations of the workbench's dialog. */
  public static final String TRANSFER = "transfer";

  public static final String DELEGATE = "delegate";
  public static final String RESOLVE = "resolve";
  public static final String RETURN = "return";
  public static final String URGE = "urge";

  @Inject private OneSealConfig config;

  @Inject private Inbox inbox;

  @Inject private TaskActs acts;

  @Inject private ApplicationService applications;

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  @Inject private Workbench workbench;

  @Inject private StaffService staffService;

  @Inject private LegalClockService clocks;

  @Inject private CreditCheckService creditChecks;

  /** The decision's credit check (seed §25); {@code null} at other steps. */
  private CreditViews.Check credit;

  private String overrideReason;

  private String taskId;
  private WorkItem task;
  private ItemSheet item;
  private ApplicationPresentation page;

  private String outcome;

  private final List<PendingUpload> photos = new ArrayList<>();
  private List<String> missing = new ArrayList<>();
  private String missingOther;
  private String opinion;
  private List<String> inspectors = new ArrayList<>();

  /** 告知承诺制: the rectification period a post-check that finds a condition unmet gives. */
  private Integer rectificationDays = CommitmentService.DEFAULT_RECTIFICATION_DAYS;

  private List<StaffMember> staff = List.of();
  private String operation;
  private String colleague;
  private String comment;

  /**
   * The decision document as it will be sealed, last shown to the director; {@code null} until the
   * director asks for it.
   */
  private DecisionPreview preview;

  /** The director's "我已核对文书，确认用印" for {@link #preview}. */
  private boolean previewConfirmed;

  /** Completing was refused because the preview was not confirmed (or no longer matched). */
  private boolean previewRefused;

  /** Why: the bundle key of the refusal shown beside the confirmation. */
  private String previewRefusal = "task.preview.confirmRequired";

  /** The director's extension, the configured default (10 working days) until changed. */
  private Integer extensionDays;

  private String extensionReason;

  @ReportsProblems(pageStatus = true)
  public void load() {
    Actor actor = currentActor.require();
    task = inbox.task(actor, taskId);
    readApplication(actor);
    staff = staffService.staff(actor);
    credit =
        task.definition().form() == StepForm.DECISION
            ? creditChecks.check(actor, task.applicationNumber())
            : null;
    if (isSiteInspection() && inspectors.isEmpty()) {
      inspectors = new ArrayList<>(List.of(actor.username()));
    }
  }

  private void readApplication(Actor actor) {
    Locale locale = FacesSupport.locale();
    ApplicationDetails details = applications.details(actor, task.applicationNumber());
    item =
        catalog
            .version(details.itemCode(), details.itemVersion())
            .map(i -> ItemSheet.of(i, locale))
            .orElse(null);
    page = new ApplicationPresentation(details, item, locale);
  }

  @ReportsProblems
  public void claim() {
    task = acts.claim(currentActor.require(), taskId);
    FacesSupport.info("inbox.claimed", task.applicationNumber());
  }

  @ReportsProblems
  public String release() {
    acts.release(currentActor.require(), taskId);
    FacesSupport.infoAfterRedirect("inbox.released");
    return "/staff/inbox.xhtml?faces-redirect=true";
  }

  /**
   * Shows the decision document that completing with the chosen outcome and the opinion as typed
   * would seal; a new preview must be confirmed again.
   */
  @ReportsProblems
  public void preview() {
    preview = acts.previewDecision(currentActor.require(), taskId, outcome, blankToNull(opinion));
    previewConfirmed = false;
    previewRefused = false;
  }

  /**
   * The director's decision is sealed only as previewed and confirmed: without the confirmation, or
   * when the outcome or the opinion changed the text since the preview, completing is refused and
   * nothing changes; the current text is shown to be confirmed.
   */
  private boolean sealConfirmed() {
    if (!isDecisionPreviewed()) {
      return true;
    }
    DecisionPreview now =
        acts.previewDecision(currentActor.require(), taskId, outcome, blankToNull(opinion));
    if (preview != null && previewConfirmed && now.text().equals(preview.text())) {
      return true;
    }
    boolean changed = preview != null && previewConfirmed;
    preview = now;
    previewConfirmed = false;
    previewRefused = true;
    previewRefusal = changed ? "task.preview.changed" : "task.preview.confirmRequired";
    String message = WorkbenchTexts.text(previewRefusal);
    FacesSupport.context()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    FacesSupport.context().validationFailed();
    return false;
  }

  @ReportsProblems
  public String complete() {
    if (!sealConfirmed()) {
      return null;
    }
    List<String> listed = Outcome.CORRECT.equals(outcome) ? missingList() : null;
    Completion done =
        acts.complete(
            currentActor.require(),
            taskId,
            outcome,
            blankToNull(opinion),
            listed,
            isSiteInspection() ? List.copyOf(inspectors) : null,
            isSiteInspection() ? photos.stream().map(PendingUpload::toUpload).toList() : List.of(),
            blankToNull(overrideReason),
            isOrderingRectification() ? rectificationDays : null);
    FacesSupport.infoAfterRedirect(
        "task.completed",
        done.applicationNumber(),
        ApplicationPresentation.statusLabel(done.status(), item == null ? null : item.wording()));
    return "/staff/inbox.xhtml?faces-redirect=true";
  }

  /** Opens the operation dialog for one operation, with an empty form. */
  public void prepare(String which) {
    operation = which;
    colleague = null;
    comment = null;
  }

  /**
   * Carries out the operation of the dialog; on success the page is read again (a returned case's
   * task is gone: its application is shown), on a refusal nothing has changed and the dialog stays.
   */
  @ReportsProblems
  public String operate() {
    Actor actor = currentActor.require();
    String number = task.applicationNumber();
    switch (String.valueOf(operation)) {
      case TRANSFER -> {
        WorkItem done = workbench.transfer(actor, taskId, colleague, comment);
        WorkbenchTexts.infoAfterRedirect("task.ops.transferred", number, done.assignee());
      }
      case DELEGATE -> {
        WorkItem done = workbench.delegate(actor, taskId, colleague, comment);
        WorkbenchTexts.infoAfterRedirect("task.ops.delegated", number, done.assignee());
      }
      case RESOLVE -> {
        workbench.resolve(actor, taskId, comment);
        WorkbenchTexts.infoAfterRedirect("task.ops.resolved");
      }
      case RETURN -> {
        workbench.returnToReview(actor, taskId, comment);
        WorkbenchTexts.infoAfterRedirect("task.ops.returned", number);
        return "/application.xhtml?faces-redirect=true&number=" + number;
      }
      case URGE -> {
        workbench.urge(actor, taskId, comment);
        WorkbenchTexts.infoAfterRedirect("task.ops.urged");
      }
      default -> throw new IllegalStateException("no such operation: " + operation);
    }
    return self();
  }

  /** The director extends the case's limit; the applicant is told the reason. */
  @ReportsProblems
  public String extend() {
    ClockView extended =
        clocks.extend(
            currentActor.require(), task.applicationNumber(), extensionDays, extensionReason);
    int granted = extended.extensions().get(extended.extensions().size() - 1).workingDays();
    WorkbenchTexts.infoAfterRedirect("task.extend.done", task.applicationNumber(), granted);
    return self();
  }

  private String self() {
    return "/staff/task.xhtml?faces-redirect=true&id=" + taskId;
  }

  /**
   * Whom the task can go to: staff other than me who hold the step's role and work the item's
   * section (the workbench checks the same and refuses anyone else).
   */
  public List<StaffMember> getColleagues() {
    if (task == null) {
      return List.of();
    }
    String me = currentActor.getUsername();
    String role = task.definition().role();
    return staff.stream()
        .filter(m -> !m.username().equals(me))
        .filter(m -> m.roles().contains(role))
        .filter(m -> m.section() == null || m.section().equals(task.sectionCode()))
        .toList();
  }

  /** The officers who may inspect on site with me: I am one of them. */
  public List<StaffMember> getInspectorChoices() {
    if (task == null) {
      return List.of();
    }
    return staff.stream()
        .filter(m -> m.roles().contains(Role.OFFICER.id()))
        .filter(m -> m.section() == null || m.section().equals(task.sectionCode()))
        .toList();
  }

  /** Transfer and delegation: the task is unclaimed or mine, and not out on delegation. */
  public boolean isHandOver() {
    return task != null && !task.delegationPending() && (!task.claimed() || isMine());
  }

  /** The delegate gives the task back. */
  public boolean isResolvable() {
    return task != null && task.delegationPending() && isMine();
  }

  /** The step's description lets the case go back (the workbench checks the same). */
  public boolean isReturnable() {
    return isHandOver() && task.definition().returnable();
  }

  /** Chiefs and the director urge whoever holds the task. */
  public boolean isUrgeable() {
    return task != null
        && !isMine()
        && (currentActor.has(Role.CHIEF.id()) || currentActor.has(Role.DIRECTOR.id()));
  }

  public boolean isExtendable() {
    return task != null
        && task.definition().form() == StepForm.DECISION
        && currentActor.has(Role.DIRECTOR.id())
        && task.caseClock() != null
        && task.caseClock().started();
  }

  public boolean isSiteInspection() {
    return task != null && task.definition().form() == StepForm.SITE_INSPECTION;
  }

  /** Only transfer and delegation need a colleague. */
  public boolean isColleagueNeeded() {
    return TRANSFER.equals(operation) || DELEGATE.equals(operation);
  }

  /** The ticked materials (by code) and every non-empty line of the free text, each once. */
  private List<String> missingList() {
    List<String> list = new ArrayList<>(missing == null ? List.of() : missing);
    if (missingOther != null) {
      Arrays.stream(missingOther.split("\\R"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .filter(s -> !list.contains(s))
          .forEach(list::add);
    }
    return list;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * The director's decision step: its document is shown as it will be sealed and confirmed before
   * the seal is applied.
   */
  public boolean isDecisionPreviewed() {
    return task != null
        && task.definition().form() == StepForm.DECISION
        && currentActor.has(Role.DIRECTOR.id());
  }

  public DecisionPreview getPreview() {
    return preview;
  }

  public boolean isPreviewConfirmed() {
    return previewConfirmed;
  }

  public void setPreviewConfirmed(boolean previewConfirmed) {
    this.previewConfirmed = previewConfirmed;
  }

  public boolean isPreviewRefused() {
    return previewRefused;
  }

  public String getPreviewRefusal() {
    return previewRefusal;
  }

  public boolean isLoaded() {
    return task != null && page != null;
  }

  public boolean isMine() {
    return task != null
        && task.assignee() != null
        && task.assignee().equals(currentActor.getUsername());
  }

  public boolean isAcceptStep() {
    return task != null && task.definition().form() == StepForm.ACCEPTANCE;
  }

  /** The post-check (核查) or re-check of a commitment (告知承诺制), or the revocation decision. */
  public boolean isCommitmentStep() {
    return task != null
        && (task.definition().form() == StepForm.POST_CHECK
            || task.definition().form() == StepForm.REVOCATION);
  }

  /** The first post-check found a condition unmet: the order gives a period. */
  public boolean isOrderingRectification() {
    return task != null
        && CommitmentLicensingProcess.Task.POST_CHECK.equals(task.definition().taskKey())
        && CommitmentLicensingProcess.Outcome.UNMET.equals(outcome);
  }

  public Integer getRectificationDays() {
    return rectificationDays;
  }

  public void setRectificationDays(Integer rectificationDays) {
    this.rectificationDays = rectificationDays;
  }

  public boolean isCorrecting() {
    return isAcceptStep() && Outcome.CORRECT.equals(outcome);
  }

  /** A photo of the site inspection, kept in the view until the record is sent. */
  public void uploadPhoto(FileUploadEvent event) {
    PendingUpload.received(event.getFile(), config.uploadLimits()).ifPresent(photos::add);
  }

  public void removePhoto(String uploadId) {
    photos.removeIf(p -> p.id().equals(uploadId));
  }

  public CreditViews.Check getCredit() {
    return credit;
  }

  /** Whether the director sees the field for the legal reason of approving a listed applicant. */
  public boolean isOverrideOffered() {
    return credit != null && credit.listed() && !credit.refuses();
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public List<PendingUpload> getPhotos() {
    return photos;
  }

  /** The outcomes this step offers, as its description lists them. */
  public List<Choice> getChoices() {
    if (task == null) {
      return List.of();
    }
    return task.definition().outcomes().stream()
        .map(o -> new Choice(o.value(), FacesSupport.text(o.labelKey())))
        .toList();
  }

  /**
   * The bundle key of the opinion's label, which says what the text is for and if it is required:
   * the chosen outcome's, before a choice the first outcome's.
   */
  public String getOpinionKey() {
    if (task == null || task.definition().outcomes().isEmpty()) {
      return "task.opinion";
    }
    StepDefinition step = task.definition();
    return step.outcome(String.valueOf(outcome)).orElse(step.outcomes().get(0)).opinionKey();
  }

  public List<ItemSheet.MaterialLine> getMaterialChoices() {
    return item == null ? List.of() : item.materials();
  }

  public WorkItem getTask() {
    return task;
  }

  public ApplicationPresentation getPage() {
    return page;
  }

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public List<String> getMissing() {
    return missing;
  }

  public void setMissing(List<String> missing) {
    this.missing = missing;
  }

  public String getMissingOther() {
    return missingOther;
  }

  public void setMissingOther(String missingOther) {
    this.missingOther = missingOther;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public List<String> getInspectors() {
    return inspectors;
  }

  public void setInspectors(List<String> inspectors) {
    this.inspectors = inspectors == null ? new ArrayList<>() : new ArrayList<>(inspectors);
  }

  public String getOperation() {
    return operation;
  }

  public String getColleague() {
    return colleague;
  }

  public void setColleague(String colleague) {
    this.colleague = colleague;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Integer getExtensionDays() {
    if (extensionDays == null) {
      extensionDays = config.extensionDays();
    }
    return extensionDays;
  }

  public void setExtensionDays(Integer extensionDays) {
    this.extensionDays = extensionDays;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }
}
