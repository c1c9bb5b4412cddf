package cn.oneseal.web.view.citizen;

import cn.oneseal.application.CatalogService;
import cn.oneseal.application.NameService;
import cn.oneseal.application.RegistrationService;
import cn.oneseal.application.Submission;
import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.registration.DepartmentField;
import cn.oneseal.domain.model.registration.DepartmentFields;
import cn.oneseal.domain.model.registration.EntityType;
import cn.oneseal.domain.model.registration.RegistrationStatus;
import cn.oneseal.domain.model.registration.ReservedName;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.Formats;
import cn.oneseal.web.view.shared.LocaleView;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.registration.FollowUpPermitService;
import cn.oneseal.workflow.registration.RegistrationWorkflow;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one form of business registration (一表申请) as a wizard for the signed-in citizen: entity type
 * and reserved name, basics, business scope (with the follow-up permits it will trigger),
 * representative and investors, the departments' fields, and "check your answers" before the
 * submission. Every move between steps saves the whole draft; malformed values are listed at once
 * and stay in the fields. {@code ?id=} names the draft; another citizen's draft does not exist.
 *
 * <p>Over 400 lines because it drives six wizard steps and their choices; the answers live in
 * {@link RegistrationForm}, the rules in the domain.
 */
@Named
@ViewScoped
public class RegistrationWizardView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The steps, in order; their labels are {@code wizard.step.<id>}. */
  static final List<String> STEPS =
      List.of("type", "basics", "scope", "people", "departments", "review");

  static final int REVIEW = STEPS.size();

  /** A step of the indicator with its place relative to the one shown. */
  public record Step(int number, String id, String label, String state) implements Serializable {}

  /** A choice of the name picker: a reservation of the citizen, or the draft's name as saved. */
  public record NameOption(String key, String label) implements Serializable {}

  /** The fields one integrated department asks for. */
  public record DepartmentSection(
      String certificateCode, String label, List<DepartmentField> fields) implements Serializable {}

  /** A follow-up permit the typed business scope will need. */
  public record Permit(String industryCode, String itemCode, String itemName, String reason)
      implements Serializable {}

  @Inject private RegistrationService registrations;

  @Inject private RegistrationWorkflow workflow;

  @Inject private NameService names;

  @Inject private FollowUpPermitService followUps;

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  @Inject private OneSealConfig config;

  @Inject private LocaleView localeView;

  private String id;
  private String stepParam;
  private String typeParam;

  private RegistrationView draft;
  private RegistrationForm form = new RegistrationForm();
  private int step = 1;
  private boolean notFound;
  private String entityType = EntityType.COMPANY.id();
  private String nameKey;
  private List<ReservedName> reservations = List.of();
  private List<Permit> permits = List.of();
  private RegistrationSummary summary;
  private RegistrationMaterials materials;
  private boolean fieldErrors;
  private boolean returnToReview;
  private String nameParam;
  private String areaParam;

  /** Reads the draft of {@code ?id=} (or prepares a new one) and the citizen's reserved names. */
  public void load() {
    // not @ReportsProblems: an unknown draft shows the page's not-found panel
    try {
      Actor actor = currentActor.require();
      reservations = names.reservedBy(actor);
      if (id == null || id.isBlank()) {
        EntityType.ofId(typeParam).ifPresent(t -> entityType = t.id());
        chooseReservedName();
        return;
      }
      Optional<Long> draftId = parseId(id);
      if (draftId.isEmpty()) {
        notFound();
        return;
      }
      show(registrations.details(actor, draftId.get()));
      step = parseStep(stepParam);
      entered();
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.NOT_FOUND) {
        notFound();
      } else {
        FacesSupport.error(e);
        FacesSupport.statusFor(e);
      }
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  /**
   * {@code ?name=&area=} from the name declaration page, right after the reservation: that
   * reservation is chosen. A name the citizen has not reserved is ignored.
   */
  private void chooseReservedName() {
    if (nameParam == null || nameParam.isBlank()) {
      return;
    }
    reservations.stream()
        .filter(r -> r.fullName().equals(nameParam.strip()))
        .filter(r -> areaParam == null || areaParam.isBlank() || r.area().equals(areaParam.strip()))
        .findFirst()
        .ifPresent(r -> nameKey = key(r.area(), r.fullName()));
  }

  private void notFound() {
    notFound = true;
    draft = null;
    FacesSupport.status(404);
  }

  private void show(RegistrationView saved) {
    draft = saved;
    form = RegistrationForm.of(saved);
    nameKey = form.getFullName() == null ? null : key(form.getArea(), form.getFullName());
  }

  /** Saves and moves on; the first step of a new registration creates the draft. */
  public void next() {
    if (draft == null) {
      createAndSave();
      return;
    }
    if (save()) {
      step = returnToReview ? REVIEW : Math.min(step + 1, REVIEW);
      entered();
    }
  }

  /**
   * "修改" on "check your answers": opens the step, and its "save" comes straight back to the answers
   * instead of walking through the steps after it.
   */
  public void change(int target) {
    if (step == REVIEW && target >= 1 && target < REVIEW) {
      go(target);
      returnToReview = step == target;
    }
  }

  /** Saves and goes back one step. */
  public void back() {
    go(step - 1);
  }

  /** Saves and goes to a step (the indicator, the "change" links of the answers). */
  public void go(int target) {
    if (draft == null || target < 1 || target > REVIEW) {
      return;
    }
    if (step == REVIEW || save()) {
      step = target;
      entered();
    }
  }

  /** Saves without moving: a choice that changes which fields are asked (customs, foreign). */
  public void saveInPlace() {
    if (draft != null) {
      save();
    }
  }

  private void createAndSave() {
    // not @ReportsProblems: every detail of a refusal is shown, and nothing is saved after it
    try {
      draft = registrations.create(currentActor.require(), entityType, form.isForeignInvested());
    } catch (DomainException e) {
      RegistrationTexts.showAll(e);
      return;
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
      return;
    }
    RegistrationTexts.keepMessagesAfterRedirect();
    boolean saved = save();
    FacesSupport.redirect(
        "/citizen/register.xhtml?id=" + draft.id() + "&step=" + (saved ? step + 1 : step));
  }

  /**
   * Sends every answer. The well-formed ones are saved even when others are not (autosave); each
   * refused value stays in its field with its problem beside it, and so do the answers the page
   * itself finds incomplete (a scope line without its description).
   */
  private boolean save() {
    applyChosenName();
    fieldErrors = false;
    List<Incomplete> incomplete = incompleteRows();
    List<RegistrationView.FieldProblem> refused = List.of();
    boolean saved = false;
    // not @ReportsProblems: every refused field is shown beside its input
    try {
      RegistrationService.StepSave result =
          registrations.saveStep(
              currentActor.require(),
              draft.id(),
              form.toData(hasCapital(), draft.departmentFields()));
      refused = result.refused();
      if (incomplete.isEmpty() && refused.isEmpty()) {
        show(result.draft());
      } else {
        // what was typed stays in the fields, wrong values too; the draft is what was saved
        draft = result.draft();
        summary = null;
      }
      saved = true;
    } catch (DomainException e) {
      RegistrationTexts.showAll(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
    RegistrationFieldErrors.Rows rows =
        new RegistrationFieldErrors.Rows(form::scopeRowOfSent, form::investorRowOfSent);
    for (RegistrationView.FieldProblem problem : refused) {
      fieldErrors |=
          RegistrationFieldErrors.show(
              RegistrationFieldErrors.clientId(problem.field(), rows, this::departmentInput),
              RegistrationFieldErrors.text(problem));
    }
    for (Incomplete missing : incomplete) {
      fieldErrors |= RegistrationFieldErrors.show(Optional.of(missing.clientId()), missing.text());
    }
    int wrong = refused.size() + incomplete.size();
    if (saved && wrong > 0) {
      RegistrationTexts.error(RegistrationTexts.text("wizard.problem.summary", wrong));
    }
    return saved && wrong == 0;
  }

  /** An answer the page finds incomplete, at its input. */
  private record Incomplete(String clientId, String text) {}

  private List<Incomplete> incompleteRows() {
    List<Incomplete> found = new ArrayList<>();
    form.scopeRowsWithoutDescription()
        .forEach(
            n ->
                found.add(
                    new Incomplete(
                        RegistrationFieldErrors.FORM
                            + ":scopeRows:"
                            + (n - 1)
                            + ":scopeDescription",
                        RegistrationTexts.text("wizard.problem.scopeDescription", n))));
    if (!form.isLongTerm() && form.getOperatingYears() == null) {
      found.add(
          new Incomplete(
              RegistrationFieldErrors.FORM + ":operatingYears",
              RegistrationTexts.text("wizard.problem.operatingYears")));
    }
    return found;
  }

  /** The input of a department field on step ⑤, by the field's name. */
  private Optional<String> departmentInput(String name) {
    List<DepartmentSection> sections = getDepartmentSections();
    for (int s = 0; s < sections.size(); s++) {
      List<DepartmentField> fields = sections.get(s).fields();
      for (int f = 0; f < fields.size(); f++) {
        DepartmentField field = fields.get(f);
        if (field.name().equals(name)) {
          String input =
              switch (field.kind()) {
                case CHOICE -> "deptChoice";
                case YES_NO -> "deptYesNo";
                default -> "deptText";
              };
          return Optional.of(
              RegistrationFieldErrors.FORM
                  + ":departmentSections:"
                  + s
                  + ":fields:"
                  + f
                  + ":"
                  + input);
        }
      }
    }
    return Optional.empty();
  }

  private void applyChosenName() {
    if (nameKey == null || nameKey.isBlank()) {
      form.chooseName(null, null);
      return;
    }
    reservations.stream()
        .filter(r -> key(r.area(), r.fullName()).equals(nameKey))
        .findFirst()
        .ifPresent(r -> form.chooseName(r.name(), r.area()));
  }

  private void entered() {
    if (step == STEPS.indexOf("scope") + 1) {
      refreshPermits();
    }
    if (step == REVIEW) {
      returnToReview = false;
      prepareMaterials();
    }
  }

  /** The follow-up permits of the industry codes typed so far. */
  public void refreshPermits() {
    List<String> codes = form.industryCodes();
    if (codes.isEmpty()) {
      permits = List.of();
      return;
    }
    // not @ReportsProblems: a refusal also empties the list of permits
    try {
      permits =
          followUps.permitsFor(codes).stream()
              .map(
                  p ->
                      new Permit(
                          p.industryCode(),
                          p.itemCode(),
                          p.item() == null ? p.itemCode() : p.item().name(localeView.getLocale()),
                          localeView.isEnglish() ? null : p.reason()))
              .toList();
    } catch (DomainException e) {
      permits = List.of();
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  /** Re-reads the citizen's reserved names (after declaring one in another tab). */
  @ReportsProblems
  public void refreshReservations() {
    reservations = names.reservedBy(currentActor.require());
  }

  /** Files the complete draft; the page then shows the application number. */
  public void submit() {
    // not @ReportsProblems: every detail of a refusal is shown, then the draft is reread
    try {
      Submission submission =
          workflow.submit(currentActor.require(), draft.id(), getMaterials().toUploads());
      RegistrationTexts.keepMessagesAfterRedirect();
      RegistrationTexts.info("wizard.submitted", submission.number());
      FacesSupport.redirect("/citizen/register.xhtml?id=" + draft.id());
    } catch (DomainException e) {
      RegistrationTexts.showAll(e);
      reread();
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  private void reread() {
    FacesSupport.attempt(
        () -> {
          show(registrations.details(currentActor.require(), draft.id()));
        });
  }

  public void addScopeRow() {
    form.addScopeRow();
  }

  public void removeScopeRow(int index) {
    form.removeScopeRow(index);
    refreshPermits();
  }

  public void addInvestor() {
    form.addInvestor();
  }

  public void removeInvestor(int index) {
    form.removeInvestor(index);
  }

  private boolean hasCapital() {
    return type().hasCapital();
  }

  private EntityType type() {
    return EntityType.ofId(draft == null ? entityType : draft.entityType())
        .orElse(EntityType.COMPANY);
  }

  private static String key(String area, String fullName) {
    return area + "|" + fullName;
  }

  private static Optional<Long> parseId(String text) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int parseStep(String text) {
    try {
      int parsed = text == null ? 1 : Integer.parseInt(text.strip());
      return parsed < 1 || parsed > REVIEW ? 1 : parsed;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  // ---- for the page ----

  public boolean isNotFound() {
    return notFound;
  }

  /** No draft yet: the entity type is still to be chosen. */
  public boolean isStarting() {
    return draft == null && !notFound;
  }

  public boolean isEditing() {
    return draft != null && RegistrationStatus.DRAFT.name().equals(draft.status());
  }

  public boolean isSubmitted() {
    return draft != null && !RegistrationStatus.DRAFT.name().equals(draft.status());
  }

  public RegistrationView getDraft() {
    return draft;
  }

  public RegistrationSummary getSummary() {
    if (draft != null && (summary == null || summary.getDraft() != draft)) {
      summary = new RegistrationSummary(draft);
    }
    return draft == null ? null : summary;
  }

  /** The item's materials and the files uploaded for them (read when the review is reached). */
  public RegistrationMaterials getMaterials() {
    return materials == null
        ? new RegistrationMaterials(null, false, config.uploadLimits())
        : materials;
  }

  private void prepareMaterials() {
    if (materials != null) {
      return;
    }
    // the catalogue refuses no one: only a failure can leave the list unread
    FacesSupport.attempt(
        () ->
            materials =
                new RegistrationMaterials(
                    catalog.current(itemCode()).orElse(null),
                    localeView.isEnglish(),
                    config.uploadLimits()));
  }

  /** The item the form is filed under: the entity type's establishment, or a change (变更登记). */
  private String itemCode() {
    return draft != null && draft.changeOf() != null
        ? RegistrationService.CHANGE_ITEM
        : type().itemCode();
  }

  public long getMaxUploadBytes() {
    return config.uploadLimits().maxFileBytes();
  }

  public List<String> getProblems() {
    return draft == null ? List.of() : RegistrationTexts.problems(draft.problems());
  }

  public boolean isComplete() {
    return draft != null && draft.problems().isEmpty();
  }

  public List<Step> getSteps() {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < STEPS.size(); i++) {
      int number = i + 1;
      String state = number < step ? "done" : number == step ? "current" : "todo";
      steps.add(
          new Step(
              number, STEPS.get(i), RegistrationTexts.text("wizard.step." + STEPS.get(i)), state));
    }
    return steps;
  }

  /** A save just refused answers shown beside their fields (the page moves the focus there). */
  public boolean isFieldErrors() {
    return fieldErrors;
  }

  /** The step was opened by "修改" and its save returns to "check your answers". */
  public boolean isReturnToReview() {
    return returnToReview;
  }

  public int getStep() {
    return step;
  }

  public String getStepId() {
    return STEPS.get(step - 1);
  }

  public RegistrationForm getForm() {
    return form;
  }

  public String getEntityType() {
    return draft == null ? entityType : draft.entityType();
  }

  public void setEntityType(String entityType) {
    if (draft == null && EntityType.ofId(entityType).isPresent()) {
      this.entityType = entityType;
    }
  }

  /** Foreign investment is a question for companies and partnerships only. */
  public boolean isForeignInvestmentAsked() {
    EntityType type = type();
    return type == EntityType.COMPANY || type == EntityType.PARTNERSHIP;
  }

  public boolean isHasCapital() {
    return hasCapital();
  }

  public boolean isHasInvestors() {
    return type().maxInvestors() > 0;
  }

  public String getRepresentativeLabel() {
    return RegistrationSummary.representativeLabel(type().id());
  }

  public String getDomicileLabel() {
    return RegistrationTexts.text("wizard.domicile." + type().id());
  }

  public String getInvestorsLabel() {
    return RegistrationTexts.text("wizard.investors." + type().id());
  }

  public List<NameOption> getNameOptions() {
    List<NameOption> options = new ArrayList<>();
    for (ReservedName r : reservations) {
      options.add(
          new NameOption(
              key(r.area(), r.fullName()),
              RegistrationTexts.text(
                  "wizard.name.option",
                  r.fullName(),
                  r.area(),
                  Formats.formatTime(r.reservedUntil()))));
    }
    if (form.getFullName() != null && options.stream().noneMatch(o -> o.key().equals(nameKey))) {
      options.add(
          0,
          new NameOption(nameKey, RegistrationTexts.text("wizard.name.saved", form.getFullName())));
    }
    return options;
  }

  public boolean isHasReservations() {
    return !reservations.isEmpty();
  }

  public String getNameKey() {
    return nameKey;
  }

  public void setNameKey(String nameKey) {
    this.nameKey = nameKey;
  }

  /** The department fields the draft asks for, by the certificate they serve. */
  public List<DepartmentSection> getDepartmentSections() {
    if (draft == null) {
      return List.of();
    }
    Map<String, List<DepartmentField>> byCertificate = new LinkedHashMap<>();
    draft.departmentFields().stream()
        .map(DepartmentFields::field)
        .flatMap(Optional::stream)
        .forEach(
            f -> byCertificate.computeIfAbsent(f.certificateCode(), c -> new ArrayList<>()).add(f));
    return byCertificate.entrySet().stream()
        .map(
            e ->
                new DepartmentSection(
                    e.getKey(),
                    RegistrationTexts.text("wizard.department." + e.getKey()),
                    List.copyOf(e.getValue())))
        .toList();
  }

  public String fieldLabel(String name) {
    return RegistrationSummary.fieldLabel(name);
  }

  public List<Permit> getPermits() {
    return permits;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getStepParam() {
    return stepParam;
  }

  public void setStepParam(String stepParam) {
    this.stepParam = stepParam;
  }

  public String getNameParam() {
    return nameParam;
  }

  public void setNameParam(String nameParam) {
    this.nameParam = nameParam;
  }

  public String getAreaParam() {
    return areaParam;
  }

  public void setAreaParam(String areaParam) {
    this.areaParam = areaParam;
  }

  public String getTypeParam() {
    return typeParam;
  }

  public void setTypeParam(String typeParam) {
    this.typeParam = typeParam;
  }
}
