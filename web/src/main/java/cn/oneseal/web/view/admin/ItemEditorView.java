package cn.oneseal.web.view.admin;

import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.AuditLine;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.application.dto.ItemVersionSummary;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.model.catalog.ItemKind;
import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.model.catalog.SpecialStep;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The administrator's editor of one approval item (事项管理): without {@code code} it creates an item,
 * with it every save writes a new version that takes effect on the chosen day — the version in
 * force and the applications filed under it never change. Also retires the item and shows its
 * version history and audit trail.
 */
@Named
@ViewScoped
public class ItemEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String ADMIN_BUNDLE = "cn.oneseal.web.i18n.admin";

  /** The process model a new item runs unless the administrator picks another. */
  static final String DEFAULT_PROCESS_KEY = "generalLicensing";

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  private String code;
  private boolean loaded;
  private boolean creating;

  /** What the page says about the item as it is stored (not the edited form). */
  private int latestVersion;

  private LocalDate latestEffectiveFrom;
  private boolean active;
  private String storedNameZh;
  private String storedNameEn;

  private List<CodeName> departments = List.of();
  private List<CodeName> sections = List.of();
  private List<CodeName> themes = List.of();
  private List<String> processKeys = List.of(DEFAULT_PROCESS_KEY);
  private List<ItemVersionSummary> versions = List.of();
  private List<AuditLine> audit = List.of();

  private Draft draft = new Draft();
  private String newCode;
  private LocalDate today;
  private LocalDate effectiveFrom;
  private String changeNote;
  private String retireReason;

  @ReportsProblems(pageStatus = true)
  public void load() {
    Actor actor = currentActor.require();
    today = catalog.today();
    effectiveFrom = today;
    departments = catalog.departments();
    sections = catalog.sections();
    themes = catalog.themes();
    creating = code == null || code.isBlank();
    List<ItemGuide> all = catalog.allForAdministration(actor);
    TreeSet<String> keys = new TreeSet<>();
    keys.add(DEFAULT_PROCESS_KEY);
    all.forEach(i -> keys.add(i.processKey()));
    processKeys = List.copyOf(keys);
    if (creating) {
      draft = Draft.blank();
      addMaterial();
    } else {
      ItemGuide latest = catalog.latestForAdministration(actor, code);
      code = latest.code();
      latestVersion = latest.version();
      latestEffectiveFrom = latest.effectiveFrom();
      active = latest.active();
      storedNameZh = latest.nameZh();
      storedNameEn = latest.nameEn();
      draft = Draft.of(latest.content());
      effectiveFrom = getEarliestEffectiveFrom();
      versions = catalog.versions(code);
      audit = catalog.audit(actor, code);
    }
    loaded = true;
  }

  /** Creates the item or writes its next version; on success shows it again (post/redirect/get). */
  public String save() {
    // not @ReportsProblems: a missing field is named by its label, not by its code
    try {
      Actor actor = currentActor.require();
      ItemContent content = draft.toContent();
      String note = blankToNull(changeNote);
      ItemGuide saved =
          creating
              ? catalog.create(actor, strip(newCode), content, effectiveFrom, note)
              : catalog.revise(actor, code, content, effectiveFrom, note);
      FacesSupport.context().getExternalContext().getFlash().setKeepMessages(true);
      info(
          creating ? "editor.created" : "editor.saved",
          saved.code(),
          saved.version(),
          saved.effectiveFrom().toString());
      return "/admin/item.xhtml?faces-redirect=true&code=" + saved.code();
    } catch (DomainException e) {
      FacesSupport.error(readable(e));
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
    return null;
  }

  @ReportsProblems
  public String retire() {
    catalog.retire(currentActor.require(), code, strip(retireReason));
    FacesSupport.context().getExternalContext().getFlash().setKeepMessages(true);
    info("editor.retired", code);
    return "/admin/items.xhtml?faces-redirect=true";
  }

  public void addMaterial() {
    int n = draft.materials.size() + 1;
    while (draft.hasMaterialCode("material-" + n)) {
      n++;
    }
    draft.materials.add(MaterialRow.blank("material-" + n));
  }

  public void removeMaterial(MaterialRow row) {
    draft.materials.remove(row);
  }

  /**
   * "Please fill in: material.nameZh" helps nobody: the field the domain names is given its label.
   */
  private static DomainException readable(DomainException e) {
    if (!"error.item.fieldRequired".equals(e.code()) || e.arguments().isEmpty()) {
      return e;
    }
    String field = String.valueOf(e.arguments().get(0));
    String label = adminTextOr("field." + field, field);
    return new DomainException(e.kind(), e.code(), label);
  }

  /** A text of the administration bundle in the page's language. */
  static String adminText(String key, Object... arguments) {
    return adminTextOr(key, key, arguments);
  }

  private static String adminTextOr(String key, String fallback, Object... arguments) {
    return Messages.textOr(ADMIN_BUNDLE, key, fallback, FacesSupport.locale(), arguments);
  }

  private static void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_INFO, adminText(key, arguments), null));
  }

  /** The message of a required field left empty, naming the field. */
  public String required(String field) {
    return adminText("editor.required", adminTextOr("field." + field, field));
  }

  /** The audit trail's action in words; an action this page does not know stays as recorded. */
  public String actionLabel(String action) {
    return adminTextOr("audit.action." + action, action);
  }

  /** in force, scheduled (takes effect later) or superseded: the bundle key suffix. */
  public String versionState(ItemVersionSummary v) {
    if (v.inForce()) {
      return "inForce";
    }
    return today != null && v.effectiveFrom().isAfter(today) ? "scheduled" : "superseded";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  public List<String> getKinds() {
    return Arrays.stream(ItemKind.values()).map(Enum::name).toList();
  }

  public List<String> getMaterialForms() {
    return Arrays.stream(MaterialForm.values()).map(Enum::name).toList();
  }

  public boolean isLoaded() {
    return loaded;
  }

  public boolean isCreating() {
    return creating;
  }

  /** Saving is possible for a new item and for an item still in use. */
  public boolean isEditable() {
    return loaded && (creating || active);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public int getLatestVersion() {
    return latestVersion;
  }

  public LocalDate getLatestEffectiveFrom() {
    return latestEffectiveFrom;
  }

  public boolean isActive() {
    return active;
  }

  public String getStoredNameZh() {
    return storedNameZh;
  }

  public String getStoredNameEn() {
    return storedNameEn;
  }

  /** The version in force today, 0 when none is (yet). */
  public int getVersionInForce() {
    return versions.stream()
        .filter(ItemVersionSummary::inForce)
        .mapToInt(v -> v.version())
        .max()
        .orElse(0);
  }

  public List<CodeName> getDepartments() {
    return departments;
  }

  public List<CodeName> getSections() {
    return sections;
  }

  public List<CodeName> getThemes() {
    return themes;
  }

  public List<String> getProcessKeys() {
    return processKeys;
  }

  public List<ItemVersionSummary> getVersions() {
    return versions;
  }

  public List<AuditLine> getAudit() {
    return audit;
  }

  public Draft getDraft() {
    return draft;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public LocalDate getToday() {
    return today;
  }

  /** A new version takes effect today at the earliest, and not before the latest version. */
  public LocalDate getEarliestEffectiveFrom() {
    if (latestEffectiveFrom != null && today != null && latestEffectiveFrom.isAfter(today)) {
      return latestEffectiveFrom;
    }
    return today;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }

  public String getRetireReason() {
    return retireReason;
  }

  public void setRetireReason(String retireReason) {
    this.retireReason = retireReason;
  }

  /** The guide's content as the form edits it: plain, mutable and serializable. */
  public static class Draft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nameZh;
    private String nameEn;
    private String departmentCode;
    private String sectionCode;
    private String themeCode;
    private String kind;
    private String legalBasisZh;
    private String legalBasisEn;
    private String conditionsZh;
    private String conditionsEn;
    private int statutoryDays;
    private int promisedDays;
    private String feeZh;
    private String feeEn;
    private String feeBasisZh;
    private String feeBasisEn;
    private String resultDocumentZh;
    private String resultDocumentEn;
    private String resultValidityZh;
    private String resultValidityEn;
    private String consultationPhone;
    private String complaintPhone;
    private String processKey;
    private final List<MaterialRow> materials = new ArrayList<>();
    private final List<StepRow> specialSteps = new ArrayList<>();

    static Draft blank() {
      Draft d = new Draft();
      d.kind = ItemKind.PROMISED.name();
      d.statutoryDays = 20;
      d.promisedDays = 10;
      d.processKey = DEFAULT_PROCESS_KEY;
      for (SpecialStepKind k : SpecialStepKind.values()) {
        d.specialSteps.add(new StepRow(k.name(), false, 1, false));
      }
      return d;
    }

    static Draft of(ItemContent c) {
      Draft d = new Draft();
      d.nameZh = c.nameZh();
      d.nameEn = c.nameEn();
      d.departmentCode = c.departmentCode();
      d.sectionCode = c.sectionCode();
      d.themeCode = c.themeCode();
      d.kind = c.kind() == null ? null : c.kind().name();
      d.legalBasisZh = c.legalBasisZh();
      d.legalBasisEn = c.legalBasisEn();
      d.conditionsZh = c.conditionsZh();
      d.conditionsEn = c.conditionsEn();
      d.statutoryDays = c.statutoryDays();
      d.promisedDays = c.promisedDays();
      d.feeZh = c.feeZh();
      d.feeEn = c.feeEn();
      d.feeBasisZh = c.feeBasisZh();
      d.feeBasisEn = c.feeBasisEn();
      d.resultDocumentZh = c.resultDocumentZh();
      d.resultDocumentEn = c.resultDocumentEn();
      d.resultValidityZh = c.resultValidityZh();
      d.resultValidityEn = c.resultValidityEn();
      d.consultationPhone = c.consultationPhone();
      d.complaintPhone = c.complaintPhone();
      d.processKey = c.processKey();
      c.materials().forEach(m -> d.materials.add(MaterialRow.of(m)));
      for (SpecialStepKind k : SpecialStepKind.values()) {
        d.specialSteps.add(
            c.specialSteps().stream()
                .filter(s -> s.getKind() == k)
                .findFirst()
                .map(s -> new StepRow(k.name(), true, s.getDurationDays(), s.isCountsTowardLimit()))
                .orElseGet(() -> new StepRow(k.name(), false, 1, false)));
      }
      return d;
    }

    ItemContent toContent() {
      return new ItemContent(
          strip(nameZh),
          strip(nameEn),
          departmentCode,
          sectionCode,
          themeCode,
          kind == null || kind.isBlank() ? null : ItemKind.valueOf(kind),
          strip(legalBasisZh),
          strip(legalBasisEn),
          strip(conditionsZh),
          strip(conditionsEn),
          statutoryDays,
          promisedDays,
          strip(feeZh),
          strip(feeEn),
          blankToNull(feeBasisZh),
          blankToNull(feeBasisEn),
          strip(resultDocumentZh),
          strip(resultDocumentEn),
          strip(resultValidityZh),
          strip(resultValidityEn),
          strip(consultationPhone),
          strip(complaintPhone),
          processKey,
          materials.stream().map(MaterialRow::toRequirement).toList(),
          specialSteps.stream().filter(StepRow::isSelected).map(StepRow::toStep).toList());
    }

    boolean hasMaterialCode(String code) {
      return materials.stream().anyMatch(m -> code.equals(m.getCode()));
    }

    public List<MaterialRow> getMaterials() {
      return materials;
    }

    public List<StepRow> getSpecialSteps() {
      return specialSteps;
    }

    public String getNameZh() {
      return nameZh;
    }

    public void setNameZh(String nameZh) {
      this.nameZh = nameZh;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getDepartmentCode() {
      return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
      this.departmentCode = departmentCode;
    }

    public String getSectionCode() {
      return sectionCode;
    }

    public void setSectionCode(String sectionCode) {
      this.sectionCode = sectionCode;
    }

    public String getThemeCode() {
      return themeCode;
    }

    public void setThemeCode(String themeCode) {
      this.themeCode = themeCode;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getLegalBasisZh() {
      return legalBasisZh;
    }

    public void setLegalBasisZh(String legalBasisZh) {
      this.legalBasisZh = legalBasisZh;
    }

    public String getLegalBasisEn() {
      return legalBasisEn;
    }

    public void setLegalBasisEn(String legalBasisEn) {
      this.legalBasisEn = legalBasisEn;
    }

    public String getConditionsZh() {
      return conditionsZh;
    }

    public void setConditionsZh(String conditionsZh) {
      this.conditionsZh = conditionsZh;
    }

    public String getConditionsEn() {
      return conditionsEn;
    }

    public void setConditionsEn(String conditionsEn) {
      this.conditionsEn = conditionsEn;
    }

    public int getStatutoryDays() {
      return statutoryDays;
    }

    public void setStatutoryDays(int statutoryDays) {
      this.statutoryDays = statutoryDays;
    }

    public int getPromisedDays() {
      return promisedDays;
    }

    public void setPromisedDays(int promisedDays) {
      this.promisedDays = promisedDays;
    }

    public String getFeeZh() {
      return feeZh;
    }

    public void setFeeZh(String feeZh) {
      this.feeZh = feeZh;
    }

    public String getFeeEn() {
      return feeEn;
    }

    public void setFeeEn(String feeEn) {
      this.feeEn = feeEn;
    }

    public String getFeeBasisZh() {
      return feeBasisZh;
    }

    public void setFeeBasisZh(String feeBasisZh) {
      this.feeBasisZh = feeBasisZh;
    }

    public String getFeeBasisEn() {
      return feeBasisEn;
    }

    public void setFeeBasisEn(String feeBasisEn) {
      this.feeBasisEn = feeBasisEn;
    }

    public String getResultDocumentZh() {
      return resultDocumentZh;
    }

    public void setResultDocumentZh(String resultDocumentZh) {
      this.resultDocumentZh = resultDocumentZh;
    }

    public String getResultDocumentEn() {
      return resultDocumentEn;
    }

    public void setResultDocumentEn(String resultDocumentEn) {
      this.resultDocumentEn = resultDocumentEn;
    }

    public String getResultValidityZh() {
      return resultValidityZh;
    }

    public void setResultValidityZh(String resultValidityZh) {
      this.resultValidityZh = resultValidityZh;
    }

    public String getResultValidityEn() {
      return resultValidityEn;
    }

    public void setResultValidityEn(String resultValidityEn) {
      this.resultValidityEn = resultValidityEn;
    }

    public String getConsultationPhone() {
      return consultationPhone;
    }

    public void setConsultationPhone(String consultationPhone) {
      this.consultationPhone = consultationPhone;
    }

    public String getComplaintPhone() {
      return complaintPhone;
    }

    public void setComplaintPhone(String complaintPhone) {
      this.complaintPhone = complaintPhone;
    }

    public String getProcessKey() {
      return processKey;
    }

    public void setProcessKey(String processKey) {
      this.processKey = processKey;
    }
  }

  /** One row of the editable materials table. */
  public static class MaterialRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String nameZh;
    private String nameEn;
    private String form;
    private int copies;
    private boolean required;
    private String conditionZh;
    private String conditionEn;
    private String templateFile;

    static MaterialRow blank(String code) {
      MaterialRow row = new MaterialRow();
      row.code = code;
      row.form = MaterialForm.COPY.name();
      row.copies = 1;
      row.required = true;
      return row;
    }

    static MaterialRow of(MaterialRequirement m) {
      MaterialRow row = new MaterialRow();
      row.code = m.getCode();
      row.nameZh = m.getNameZh();
      row.nameEn = m.getNameEn();
      row.form = m.getForm() == null ? null : m.getForm().name();
      row.copies = m.getCopies();
      row.required = m.isRequired();
      row.conditionZh = m.getConditionZh();
      row.conditionEn = m.getConditionEn();
      row.templateFile = m.getTemplateFile();
      return row;
    }

    MaterialRequirement toRequirement() {
      return new MaterialRequirement(
          strip(code),
          strip(nameZh),
          strip(nameEn),
          form == null || form.isBlank() ? null : MaterialForm.valueOf(form),
          copies,
          required,
          blankToNull(conditionZh),
          blankToNull(conditionEn),
          blankToNull(templateFile));
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getNameZh() {
      return nameZh;
    }

    public void setNameZh(String nameZh) {
      this.nameZh = nameZh;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getForm() {
      return form;
    }

    public void setForm(String form) {
      this.form = form;
    }

    public int getCopies() {
      return copies;
    }

    public void setCopies(int copies) {
      this.copies = copies;
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean required) {
      this.required = required;
    }

    public String getConditionZh() {
      return conditionZh;
    }

    public void setConditionZh(String conditionZh) {
      this.conditionZh = conditionZh;
    }

    public String getConditionEn() {
      return conditionEn;
    }

    public void setConditionEn(String conditionEn) {
      this.conditionEn = conditionEn;
    }

    public String getTemplateFile() {
      return templateFile;
    }

    public void setTemplateFile(String templateFile) {
      this.templateFile = templateFile;
    }
  }

  /** One special step kind: whether the item has it, how long it takes, if it counts. */
  public static class StepRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private boolean selected;
    private int durationDays;
    private boolean countsTowardLimit;

    StepRow(String kind, boolean selected, int durationDays, boolean countsTowardLimit) {
      this.kind = kind;
      this.selected = selected;
      this.durationDays = durationDays;
      this.countsTowardLimit = countsTowardLimit;
    }

    SpecialStep toStep() {
      return new SpecialStep(SpecialStepKind.valueOf(kind), durationDays, countsTowardLimit);
    }

    public String getKind() {
      return kind;
    }

    public boolean isSelected() {
      return selected;
    }

    public void setSelected(boolean selected) {
      this.selected = selected;
    }

    public int getDurationDays() {
      return durationDays;
    }

    public void setDurationDays(int durationDays) {
      this.durationDays = durationDays;
    }

    public boolean isCountsTowardLimit() {
      return countsTowardLimit;
    }

    public void setCountsTowardLimit(boolean countsTowardLimit) {
      this.countsTowardLimit = countsTowardLimit;
    }
  }
}
