package cn.oneseal.web.view.admin;

import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.AuditLine;
import cn.oneseal.application.dto.ItemForm;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.application.dto.ItemVersionSummary;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.catalog.ItemKind;
import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.shared.BilingualText;
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
import java.util.Arrays;
import java.util.List;

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

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  private String code;
  private boolean loaded;
  private boolean creating;

  /** What the page says about the item as it is stored (not the edited form). */
  private int latestVersion;

  private LocalDate latestEffectiveFrom;
  private boolean active;
  private BilingualText storedName = BilingualText.NONE;

  private List<CodeName> departments = List.of();
  private List<CodeName> sections = List.of();
  private List<CodeName> themes = List.of();
  private List<String> processKeys = List.of(ItemForm.DEFAULT_PROCESS_KEY);
  private List<ItemVersionSummary> versions = List.of();
  private List<AuditLine> audit = List.of();

  /** What the administrator edits: the item's content and when and why it takes effect. */
  private ItemForm form = new ItemForm();

  private LocalDate today;
  private String retireReason;

  @ReportsProblems(pageStatus = true)
  public void load() {
    Actor actor = currentActor.require();
    today = catalog.today();
    departments = catalog.departments();
    sections = catalog.sections();
    themes = catalog.themes();
    creating = code == null || code.isBlank();
    processKeys = catalog.processKeys(actor);
    if (creating) {
      form = ItemForm.blank();
    } else {
      ItemGuide latest = catalog.latestForAdministration(actor, code);
      code = latest.code();
      latestVersion = latest.version();
      latestEffectiveFrom = latest.effectiveFrom();
      active = latest.active();
      storedName = latest.name();
      form = ItemForm.of(latest.content());
      versions = catalog.versions(code);
      audit = catalog.audit(actor, code);
    }
    form.setEffectiveFrom(getEarliestEffectiveFrom());
    loaded = true;
  }

  /** Creates the item or writes its next version; on success shows it again (post/redirect/get). */
  public String save() {
    // not @ReportsProblems: a missing field is named by its label, not by its code
    try {
      Actor actor = currentActor.require();
      ItemGuide saved = creating ? catalog.create(actor, form) : catalog.revise(actor, code, form);
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
    form.addMaterial();
  }

  public void removeMaterial(ItemForm.Material row) {
    form.getMaterials().remove(row);
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

  /** The item's name as stored, in the page's language. */
  public String getStoredName() {
    return storedName.in(FacesSupport.locale());
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

  public ItemForm getForm() {
    return form;
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

  public String getRetireReason() {
    return retireReason;
  }

  public void setRetireReason(String retireReason) {
    this.retireReason = retireReason;
  }
}
