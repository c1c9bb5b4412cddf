package cn.oneseal.application;

import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.application.dto.DecisionPreview;
import cn.oneseal.application.dto.HistoryInfo;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.ApplicationRepository;
import cn.oneseal.domain.model.application.CheckedUpload;
import cn.oneseal.domain.model.application.Material;
import cn.oneseal.domain.model.application.Step;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.catalog.CountersignRuleRepository;
import cn.oneseal.domain.model.catalog.ItemVersion;
import cn.oneseal.domain.model.catalog.SpecialStep;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applications and the legal facts of their process. Every method takes the acting person and
 * checks, per record, what that person may see or do: a citizen sees only their own applications,
 * staff attached to a section only that section's cases ({@link Actor#mayReadCase}; another's
 * answers "not found", never "forbidden", so that numbers cannot be probed), staff act only in the
 * steps of their role, supervisors read and never change.
 *
 * <p>The process engine drives the order of steps (the {@code workflow} module calls these methods
 * in the same transaction as it completes a task); this service records what happened.
 */
@Stateless
@PermitAll
public class ApplicationService {

  @Inject private ApplicationRepository repository;

  @Inject private ApplicationSummaries lists;

  @Inject private CountersignRuleRepository countersignRules;

  @Inject private CatalogService catalog;

  @Inject private Clock clock;

  @Inject private DocumentIssuer documents;

  @Inject private SealRefusals refusals;

  @Inject private OneSealConfig config;

  @Inject private CaseReads reads;

  @Inject private AuditTrail audit;

  @Inject private cn.oneseal.application.credit.SupervisionLinkService supervisionLink;

  @Inject private CitizenNotices citizenNotices;

  /**
   * Files a new application. The idempotency key makes a repeated submission (a retried request, a
   * double click) return the application it already created.
   */
  public Submission submit(
      Actor actor,
      String itemCode,
      Map<String, String> form,
      List<Upload> uploads,
      String idempotencyKey) {
    return submit(actor, itemCode, form, uploads, idempotencyKey, false);
  }

  /**
   * As above; {@code registrationForm}: the filing comes from the one form of business registration
   * (多证合一, {@code RegistrationWorkflow}). A registration item filed any other way — the generic
   * form or {@code POST /api/applications} — is refused before anything is stored: its data (name,
   * investors, the departments' fields) is what the registration form checks, and a registration
   * without it could never be decided or pushed.
   */
  public Submission submit(
      Actor actor,
      String itemCode,
      Map<String, String> form,
      List<Upload> uploads,
      String idempotencyKey,
      boolean registrationForm) {
    actor.require(Role.CITIZEN);

    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
      throw DomainException.invalid("error.idempotencyKey.required");
    }
    String bodyHash = SubmissionFingerprint.of(itemCode, form, uploads);
    Optional<Application> earlier = findByIdempotencyKey(actor.username(), idempotencyKey.strip());
    if (earlier.isPresent()) {
      return submission(sameRequest(earlier.get(), bodyHash), false);
    }
    ItemVersion item = catalog.requireApplicable(itemCode);
    if (!registrationForm
        && (REGISTRATION_PROCESS.equals(item.getProcessKey())
            || CHANGE_REGISTRATION_PROCESS.equals(item.getProcessKey()))) {
      throw DomainException.conflict("error.application.registrationByForm", itemCode);
    }
    Map<String, String> clean = ApplicationForm.validate(form);
    List<CheckedUpload> files = uploadCheck().materials(uploads, item.getMaterials(), MATERIALS);
    Application application =
        new Application(
            item, actor.username(), idempotencyKey.strip(), clean, files, clock.instant());
    application.rememberRequest(bodyHash);
    repository.store(application);
    application.assignNumber();
    // the filing's history entry was stored before the application had its number (from its id),
    // so the audit trail gets the filing here
    audit.caseAct(
        actor,
        "case." + Action.SUBMITTED.id(),
        application.getNumber(),
        Step.SUBMIT.id() + " →" + application.getStatus().name());
    return submission(application, true);
  }

  /**
   * The number of the application this citizen filed with this key, if any; refused (422) when that
   * application was filed for another request than this one.
   */
  public Optional<String> numberForIdempotencyKey(
      Actor actor, String key, String itemCode, Map<String, String> form, List<Upload> uploads) {
    String bodyHash = SubmissionFingerprint.of(itemCode, form, uploads);
    return findByIdempotencyKey(actor.username(), key.strip())
        .map(a -> sameRequest(a, bodyHash))
        .map(Application::getNumber);
  }

  private static Application sameRequest(Application earlier, String bodyHash) {
    if (!earlier.isSameRequest(bodyHash)) {
      throw DomainException.unprocessable(
          "error.idempotencyKey.reused", earlier.getIdempotencyKey());
    }
    return earlier;
  }

  /**
   * What this citizen already filed under a key the system itself made (a registration draft's
   * {@code registration-<id>}): its repeat sends no request body to compare, so only the key
   * counts.
   */
  public Optional<Submission> filedUnder(Actor actor, String systemKey) {
    return findByIdempotencyKey(actor.username(), systemKey).map(a -> submission(a, false));
  }

  private Optional<Application> findByIdempotencyKey(String applicant, String key) {
    return repository.findByIdempotencyKey(applicant, key);
  }

  /** The application as this actor may see it; otherwise "not found". */
  public ApplicationDetails details(Actor actor, String number) {
    return ApplicationAssembler.details(get(actor, number), linkedTo(number));
  }

  /** The application for a service of this module that has already decided who may act. */
  public Application entity(String number) {
    return byNumber(number);
  }

  /** The application if this actor may read it; otherwise "not found". */
  public Application readable(Actor actor, String number) {
    return get(actor, number);
  }

  /**
   * The application if this actor may read it, otherwise "not found"; for a caller that has read
   * the steps open on it already ({@code openSteps}: BPMN ids, the actor's own first), which the
   * audit trail notes as the read's purpose.
   */
  public Application readable(Actor actor, String number, List<String> openSteps) {
    Application application = mayReadOrNotFound(actor, number);
    noteRead(actor, application, openSteps);
    return application;
  }

  /**
   * Whether this actor may read the application (an unknown number: no); for those who answer "not
   * found" for something that belongs to a case, such as its tasks.
   */
  public boolean mayRead(Actor actor, String number) {
    return number != null
        && number.length() <= 32
        && repository.find(number).map(a -> mayRead(actor, a)).orElse(false);
  }

  /** A follow-up permit application opened for the registration {@code registrationNumber}. */
  public void link(String number, String registrationNumber) {
    byNumber(number).linkTo(registrationNumber);
  }

  /** The follow-up permit applications that a registration triggered. */
  public List<String> linkedTo(String registrationNumber) {
    return repository.numbersLinkedTo(registrationNumber);
  }

  /**
   * Puts a workbench act on a step of the application on record (transfer, delegation, return,
   * urging, a substitute taking over): the history shows who did what to the case and why.
   */
  public void noteTask(
      String number, String stepId, Action action, String actor, Instant stepStarted, String text) {
    Step step = Step.fromId(stepId).orElse(Step.REVIEW);
    byNumber(number).note(step, action, actor, stepStarted, text, clock.instant());
  }

  /** The director returns the case from a later step to the review (退回). */
  public void returnToReview(Actor actor, String number, String fromStepId, String comment) {
    Application application = byNumber(number);
    application.returnToReview(
        actor.username(), Step.fromId(fromStepId).orElse(Step.DECIDE), comment, clock.instant());
    flushed(application);
  }

  /** Notes that follow-up permit applications were opened for a registration. */
  public void noteFollowUps(String number, List<String> opened) {
    byNumber(number)
        .note(
            Step.FOLLOW_UP_PERMITS,
            cn.oneseal.domain.model.application.Action.FOLLOW_UP_OPENED,
            cn.oneseal.domain.model.account.Actor.SYSTEM,
            String.join(", ", opened),
            clock.instant());
  }

  private Application get(Actor actor, String number) {
    Application application = mayReadOrNotFound(actor, number);
    noteRead(actor, application);
    return application;
  }

  private Application mayReadOrNotFound(Actor actor, String number) {
    Application application = byNumber(number);
    if (!mayRead(actor, application)) {
      throw DomainException.notFound("error.application.notFound", number);
    }
    return application;
  }

  /**
   * Whether this actor may read the case {@code number} (an unknown number: no); when they may, it
   * is a read of the case and, by staff or a supervisor, on the audit trail — for those who show a
   * part of a case without the case itself (its registration). Lists filter with {@link #mayRead}.
   */
  public boolean opens(Actor actor, String number) {
    Optional<Application> found =
        number == null || number.length() > 32 ? Optional.empty() : repository.find(number);
    if (found.isEmpty() || !mayRead(actor, found.get())) {
      return false;
    }
    noteRead(actor, found.get());
    return true;
  }

  private void noteRead(Actor actor, Application application) {
    noteRead(actor, application, null);
  }

  /** {@code openSteps}: the steps open on the case if the caller has read them, else null. */
  private void noteRead(Actor actor, Application application, List<String> openSteps) {
    if (!CaseReads.recorded(actor)) {
      return;
    }
    boolean ended = application.getStatus().isFinal();
    if (openSteps == null) {
      reads.read(actor, application.getNumber(), ended);
    } else {
      reads.read(actor, application.getNumber(), ended, openSteps);
    }
  }

  private static boolean mayRead(Actor actor, Application application) {
    return actor.mayReadCase(application.getApplicant(), sectionOf(application));
  }

  private static String sectionOf(Application application) {
    return application.getItemVersion().getSection().getCode();
  }

  /** What {@link #summaryPage} accepts as {@link Paging#sort()}. */
  public static final Set<String> SORTABLE = ApplicationSummaries.SORTABLE;

  /**
   * The process key of business registration (多证合一); its items are filed through the one form only
   * (the workflow module's {@code RegistrationProcess.KEY}, which this module cannot see).
   */
  public static final String REGISTRATION_PROCESS = "businessRegistration";

  /** The change registration's process (变更登记): filed, like an establishment, with the one form. */
  public static final String CHANGE_REGISTRATION_PROCESS = "changeRegistration";

  /**
   * One page of the applications this actor may list, counted and sliced by the database; latest
   * first unless the caller sorts by one of {@link #SORTABLE}.
   */
  public ResultPage<ApplicationSummary> summaryPage(
      Actor actor, ApplicationFilter filter, Paging paging) {
    return lists.page(listable(actor, filter), paging);
  }

  /**
   * The filter narrowed to what this actor may list, by the rule of {@link Actor#mayReadCase}: a
   * citizen only their own applications (whatever applicant they asked for), staff and supervisors
   * anyone's in the section they may read (whatever section they asked for).
   */
  private static ApplicationFilter listable(Actor actor, ApplicationFilter filter) {
    if (!actor.readsOthersCases() && !actor.has(Role.CITIZEN)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
    return actor.readsOthersCases()
        ? filter.inSection(actor.readingSection())
        : new ApplicationFilter(
            filter.status(), filter.itemCode(), actor.username(), filter.number(), filter.card());
  }

  public List<HistoryInfo> history(Actor actor, String number) {
    return ApplicationAssembler.history(get(actor, number).getHistory());
  }

  /** A handed-in file with its bytes, for download by those who may read the application. */
  public MaterialFile material(Actor actor, String number, long materialId) {
    Material material =
        get(actor, number).getMaterials().stream()
            .filter(m -> m.getId() == materialId)
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("error.material.notFound", materialId));
    audit.caseAct(
        actor,
        "material.downloaded",
        number,
        material.getRequirement() + " " + material.getFileName());
    return new MaterialFile(
        material.getFileName(), material.getContentType(), material.getContent());
  }

  private Submission submission(Application application, boolean created) {
    ItemVersion version = application.getItemVersion();
    return new Submission(
        application.getNumber(),
        created,
        version.getProcessKey(),
        version.getSpecialSteps().stream().map(SpecialStep::getKind).toList(),
        countersignRules.officersFor(application.getItem().getCode()));
  }

  /** An officer other than the reviewer agrees with the review or objects (会签). */
  public Application countersign(
      Actor actor, String number, boolean agree, String opinion, Instant taskCreated) {
    actor.require(Role.OFFICER);
    Application application = byNumber(number);
    application.countersign(actor.username(), agree, opinion, taskCreated, clock.instant());
    return flushed(application);
  }

  /**
   * Summaries of the given applications, for the staff's task lists; those this actor may not read
   * are left out, as unknown numbers are.
   */
  public Map<String, ApplicationSummary> summariesOf(Actor actor, Collection<String> numbers) {
    if (!actor.readsOthersCases()) {
      throw DomainException.forbidden("error.forbidden.role", Role.CLERK.id());
    }
    return lists.byNumber(numbers).entrySet().stream()
        .filter(e -> actor.mayReadSection(e.getValue().sectionCode()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * Locks the application's row until the transaction ends, so that two people acting on its tasks
   * at the same moment (a transfer and a completion, two claims) take turns: the second then sees
   * what the first did, instead of both acting on what they read before. Where the other one
   * changed the application after this transaction read it, or held the lock too long, this one is
   * refused as a conflict (409): reload and try again.
   */
  public void lockForWork(String number) {
    Application application = byNumber(number);
    try {
      repository.lockForWork(application);
    } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
      throw DomainException.conflict("error.task.changedConcurrently");
    }
  }

  /** The section (科室) whose officers review this application's item. */
  public String sectionOf(String number) {
    return sectionOf(byNumber(number));
  }

  /**
   * Which user name applied; for the workflow module, which assigns the correction task to them.
   */
  public String applicantOf(String number) {
    return byNumber(number).getApplicant();
  }

  public String statusOf(String number) {
    return byNumber(number).getStatus().name();
  }

  // ---- transitions, called by the workflow module inside the task's transaction ----

  public Application accept(Actor actor, String number, Instant taskCreated, String opinion) {
    requireForSeal(actor, Role.CLERK, number, "accept");
    Application application = byNumber(number);
    application.accept(actor.username(), taskCreated, clock.instant(), opinion);
    flushed(application);
    documents.notice(application, IssuedDocument.Kind.ACCEPTANCE_NOTICE, actor, opinion);
    citizenNotices.accepted(application);
    return application;
  }

  public Application requestCorrections(
      Actor actor, String number, List<String> missing, Instant taskCreated, String opinion) {
    requireForSeal(actor, Role.CLERK, number, "requestCorrections");
    Application application = byNumber(number);
    application.requestCorrections(
        actor.username(), missing, taskCreated, clock.instant(), opinion);
    // the due day is set before the notice is printed, which states it
    citizenNotices.correctionRequested(application);
    flushed(application);
    documents.notice(application, IssuedDocument.Kind.CORRECTION_NOTICE, actor, opinion);
    return application;
  }

  public Application refuse(Actor actor, String number, String reasons, Instant taskCreated) {
    requireForSeal(actor, Role.CLERK, number, "refuse");
    Application application = byNumber(number);
    application.refuse(actor.username(), reasons, taskCreated, clock.instant());
    flushed(application);
    citizenNotices.refused(
        application,
        reasons,
        documents.notice(application, IssuedDocument.Kind.REFUSAL_NOTICE, actor, reasons));
    return application;
  }

  public Application answerCorrections(
      Actor actor, String number, String note, List<Upload> uploads, Instant taskCreated) {
    Application application = get(actor, number);
    if (!actor.has(Role.CITIZEN)) {
      throw DomainException.forbidden("error.forbidden.role", Role.CITIZEN.id());
    }
    List<CheckedUpload> files =
        uploadCheck().materials(uploads, application.getItemVersion().getMaterials(), MATERIALS);
    application.answerCorrections(actor.username(), note, files, taskCreated, clock.instant());
    return flushed(application);
  }

  public Application review(
      Actor actor, String number, String recommendation, String opinion, Instant taskCreated) {
    actor.require(Role.OFFICER);
    Application application = byNumber(number);
    application.review(actor.username(), recommendation, opinion, taskCreated, clock.instant());
    return flushed(application);
  }

  /** The officer records the findings of a special step of the item. */
  public Application recordSpecialStep(
      Actor actor, String number, SpecialStepKind kind, String findings, Instant taskCreated) {
    actor.require(Role.OFFICER);
    Application application = byNumber(number);
    Step step =
        switch (kind) {
          case SITE_INSPECTION -> Step.SITE_INSPECTION;
          case EXPERT_REVIEW -> Step.EXPERT_REVIEW;
          case HEARING -> Step.HEARING;
          case PUBLIC_NOTICE -> Step.PUBLIC_NOTICE;
        };
    application.recordSpecialStep(actor.username(), step, findings, taskCreated, clock.instant());
    return flushed(application);
  }

  /**
   * The photos of a site inspection go into the case file with the officer as their author; only
   * images (JPEG, PNG, WebP by their content) are taken, within the limits of one form.
   */
  public void addInspectionPhotos(Actor actor, String number, List<Upload> photos) {
    actor.require(Role.OFFICER);
    List<CheckedUpload> files = uploadCheck().photos(photos, INSPECTION_PHOTO, PHOTOS);
    Application application = byNumber(number);
    files.forEach(photo -> application.addFile(photo, actor.username(), clock.instant()));
    flushed(application);
  }

  /** The requirement code under which site-inspection photos are kept. */
  public static final String INSPECTION_PHOTO = "site-inspection-photo";

  /** The request's name of an application's or a correction's files (problems name it). */
  private static final String MATERIALS = "materials";

  /** The request's name of a site inspection's photos. */
  private static final String PHOTOS = "photos";

  /** Only the director decides; the decision is what the bureau's one seal will stamp. */
  public Application decide(
      Actor actor, String number, boolean approve, String opinion, Instant taskCreated) {
    requireForSeal(actor, Role.DIRECTOR, number, approve ? "approve" : "deny");
    Application application = byNumber(number);
    if (approve) {
      application.approve(actor.username(), opinion, taskCreated, clock.instant());
    } else {
      application.deny(actor.username(), opinion, taskCreated, clock.instant());
    }
    flushed(application);
    // 审管联动: the supervising department learns of every decision, from the outbox
    supervisionLink.decided(application, approve);
    IssuedDocument.Kind decision =
        approve ? IssuedDocument.Kind.APPROVAL_DECISION : IssuedDocument.Kind.DENIAL_DECISION;
    // a business registration is decided under the registration rules, in their words
    IssuedDocument document =
        documents.notice(
            application,
            isRegistration(application) ? decision.forRegistration() : decision,
            actor,
            opinion);
    citizenNotices.decided(application, approve, opinion, document);
    return application;
  }

  /**
   * The decision document as {@link #decide} would seal it now, with the same generator and the
   * same facts, but unsealed and not kept: the director's preview before the seal. Only the
   * director previews (others are told the case does not exist, as for a task they may not see);
   * the preview is a read of the case.
   */
  public DecisionPreview previewDecision(
      Actor actor, String number, boolean approve, String opinion) {
    if (!actor.has(Role.DIRECTOR)) {
      throw DomainException.notFound("error.application.notFound", String.valueOf(number));
    }
    Application application = get(actor, number);
    IssuedDocument.Kind decision =
        approve ? IssuedDocument.Kind.APPROVAL_DECISION : IssuedDocument.Kind.DENIAL_DECISION;
    return DecisionPreview.of(
        documents.noticeSheet(
            application,
            isRegistration(application) ? decision.forRegistration() : decision,
            opinion));
  }

  /** Whether the application is a business registration (多证合一, filed with the one form). */
  static boolean isRegistration(Application application) {
    return REGISTRATION_PROCESS.equals(application.getItemVersion().getProcessKey());
  }

  /**
   * The acts whose documents the seal stamps are their role's alone; a refused attempt is logged
   * before it is refused.
   */
  private void requireForSeal(Actor actor, Role role, String number, String attempted) {
    if (!actor.has(role)) {
      refusals.refused(actor, number, attempted);
      throw DomainException.forbidden("error.forbidden.role", role.id());
    }
  }

  public Application withdraw(Actor actor, String number, String reason) {
    Application application = get(actor, number);
    if (!actor.has(Role.CITIZEN)) {
      throw DomainException.forbidden("error.forbidden.role", Role.CITIZEN.id());
    }
    application.withdraw(actor.username(), reason, clock.instant());
    return flushed(application);
  }

  /**
   * The system deems the application withdrawn when its correction period passed unanswered (the
   * consequence the item's guide states); answers whether it did. The caller ends the process.
   */
  public boolean lapseCorrection(String number) {
    Application application = byNumber(number);
    String consequence = application.getItemVersion().getCorrectionConsequence().zh();
    if (!application.lapseCorrection(
        clock.instant(), consequence == null || consequence.isBlank() ? null : consequence)) {
      return false;
    }
    flushed(application);
    citizenNotices.deemedWithdrawn(application);
    return true;
  }

  /** Delivery of the decision, done by the process itself. */
  public void deliver(String number) {
    byNumber(number).deliver(clock.instant());
    repository.flush();
  }

  /** The 5-day rule, flagged by the process timer. */
  public void flagDeemedAcceptance(String number) {
    byNumber(number).flagDeemedAcceptance(clock.instant());
  }

  public void attachWorkflow(String number, String ref) {
    byNumber(number).attachWorkflow(ref);
  }

  /**
   * Writes now, inside the caller's method, so that a concurrent change of the same application
   * (optimistic version check) fails here and is reported as a conflict, not at commit.
   */
  private Application flushed(Application application) {
    repository.flush();
    return application;
  }

  private Application byNumber(String number) {
    if (number == null || number.length() > 32) {
      throw DomainException.notFound("error.application.notFound", String.valueOf(number));
    }
    return repository
        .find(number)
        .orElseThrow(() -> DomainException.notFound("error.application.notFound", number));
  }

  /** The one check of uploads, with what one form may carry as the installation sets it now. */
  private UploadCheck uploadCheck() {
    return new UploadCheck(config.uploadLimits());
  }
}
