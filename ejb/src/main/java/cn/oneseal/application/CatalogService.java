package cn.oneseal.application;

import cn.oneseal.application.dto.AuditLine;
import cn.oneseal.application.dto.ItemForm;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.application.dto.ItemVersionSummary;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.catalog.ApprovalItem;
import cn.oneseal.domain.model.catalog.BureauSection;
import cn.oneseal.domain.model.catalog.CodedName;
import cn.oneseal.domain.model.catalog.CountersignRule;
import cn.oneseal.domain.model.catalog.Department;
import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.model.catalog.ItemTheme;
import cn.oneseal.domain.model.catalog.ItemVersion;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public catalogue of approval items (审批事项目录) and its maintenance. Anyone may read the versions
 * in force; only an administrator writes, every write makes a new version or retires an item, and
 * every write goes into the audit trail.
 */
@Stateless
@PermitAll
public class CatalogService {

  /** Days begin and end in the bureau's time zone. */
  public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

  private static final Pattern ITEM_CODE = Pattern.compile("[A-Z]{2,4}-\\d{4}");

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private ProcessModels processModels;

  public LocalDate today() {
    return LocalDate.now(clock.withZone(BUREAU_ZONE));
  }

  /** The active items as their versions in force today publish them, filtered, ordered by code. */
  public List<ItemGuide> search(CatalogQuery query) {
    LocalDate today = today();
    String text = blankToNull(query.text());
    return activeItems().stream()
        .map(item -> item.versionOn(today))
        .flatMap(Optional::stream)
        .filter(v -> matches(query.department(), v.getDepartment().getCode()))
        .filter(v -> matches(query.section(), v.getSection().getCode()))
        .filter(v -> matches(query.theme(), v.getTheme().getCode()))
        .filter(v -> matches(query.kind(), v.getKind().name()))
        .filter(v -> text == null || containsText(v, text))
        .map(CatalogAssembler::guide)
        .toList();
  }

  /** The guide in force today, also for a retired item (its old applications still show it). */
  public Optional<ItemGuide> current(String code) {
    return item(code)
        .flatMap(i -> i.versionOn(today()).or(() -> latest(i)))
        .map(CatalogAssembler::guide);
  }

  public Optional<ItemGuide> version(String code, int versionNo) {
    return item(code).flatMap(i -> i.version(versionNo)).map(CatalogAssembler::guide);
  }

  public List<ItemVersionSummary> versions(String code) {
    ApprovalItem item =
        item(code).orElseThrow(() -> DomainException.notFound("error.item.unknown", code));
    LocalDate today = today();
    return item.getVersions().stream()
        .sorted(Comparator.comparingInt(ItemVersion::getVersionNo).reversed())
        .map(v -> CatalogAssembler.summary(v, today))
        .toList();
  }

  /** An item an applicant can apply for now, with the version they apply under. */
  public ItemVersion requireApplicable(String code) {
    return applicable(code)
        .orElseThrow(() -> DomainException.invalid("error.item.unknown", String.valueOf(code)));
  }

  /**
   * As {@link #requireApplicable}, without a refusal: for readers that must go on when an item was
   * retired meanwhile (a saved draft of it).
   */
  public Optional<ItemVersion> applicable(String code) {
    return item(code).filter(ApprovalItem::isActive).flatMap(i -> i.versionOn(today()));
  }

  public ItemGuide requireActive(String code) {
    return CatalogAssembler.guide(requireApplicable(code));
  }

  public List<CodeName> departments() {
    return codeNames(Department.class);
  }

  public List<CodeName> sections() {
    return codeNames(BureauSection.class);
  }

  public List<CodeName> themes() {
    return codeNames(ItemTheme.class);
  }

  /** Every item, retired ones too, with its latest version: the administrator's list. */
  public List<ItemGuide> allForAdministration(Actor actor) {
    actor.require(Role.ADMIN);
    return em.createQuery("select i from ApprovalItem i order by i.code", ApprovalItem.class)
        .getResultStream()
        .map(this::latest)
        .flatMap(Optional::stream)
        .map(CatalogAssembler::guide)
        .toList();
  }

  /** The latest version, in force or scheduled, for an editor to start from. */
  public ItemGuide latestForAdministration(Actor actor, String code) {
    actor.require(Role.ADMIN);
    return item(code)
        .flatMap(this::latest)
        .map(CatalogAssembler::guide)
        .orElseThrow(() -> DomainException.notFound("error.item.unknown", code));
  }

  /** The process models an item may run (deployed, every step described): an editor's choice. */
  public List<String> processKeys(Actor actor) {
    actor.require(Role.ADMIN);
    return processModels.itemProcessKeys();
  }

  /** A new item with its first version, as the form describes it. */
  public ItemGuide create(Actor actor, ItemForm form) {
    actor.require(Role.ADMIN);
    ItemContent content = content(form);
    return create(
        actor,
        blankToNull(form.getCode()),
        content,
        form.getEffectiveFrom(),
        blankToNull(form.getChangeNote()));
  }

  /** An edit: a new version of the item as the form describes it. */
  public ItemGuide revise(Actor actor, String code, ItemForm form) {
    actor.require(Role.ADMIN);
    ItemContent content = content(form);
    return revise(actor, code, content, form.getEffectiveFrom(), blankToNull(form.getChangeNote()));
  }

  private static ItemContent content(ItemForm form) {
    if (form == null) {
      throw DomainException.invalid("error.item.contentMissing");
    }
    return form.toContent();
  }

  private ItemGuide create(
      Actor actor, String code, ItemContent content, LocalDate effectiveFrom, String note) {
    if (code == null || !ITEM_CODE.matcher(code).matches()) {
      throw DomainException.invalid("error.item.code", String.valueOf(code));
    }
    if (item(code).isPresent()) {
      throw DomainException.conflict("error.item.codeTaken", code);
    }
    ApprovalItem item = new ApprovalItem(code);
    ItemVersion version = addVersion(actor, item, content, effectiveFrom, note);
    em.persist(item);
    audit(actor, "itemCreated", code, "v" + version.getVersionNo() + " " + content.name().zh());
    return CatalogAssembler.guide(version);
  }

  /** A new version effective from the given day (today or later). */
  private ItemGuide revise(
      Actor actor, String code, ItemContent content, LocalDate effectiveFrom, String note) {
    ApprovalItem item =
        item(code).orElseThrow(() -> DomainException.notFound("error.item.unknown", code));
    if (!item.isActive()) {
      throw DomainException.conflict("error.item.alreadyRetired", code);
    }
    ItemVersion version = addVersion(actor, item, content, effectiveFrom, note);
    em.flush();
    audit(
        actor,
        "itemRevised",
        code,
        "v"
            + version.getVersionNo()
            + " from "
            + effectiveFrom
            + (note == null ? "" : ": " + note));
    return CatalogAssembler.guide(version);
  }

  public void retire(Actor actor, String code, String reason) {
    actor.require(Role.ADMIN);
    ApprovalItem item =
        item(code).orElseThrow(() -> DomainException.notFound("error.item.unknown", code));
    item.retire(clock.instant());
    audit(actor, "itemRetired", code, reason);
  }

  public List<AuditLine> audit(Actor actor, String code) {
    actor.require(Role.ADMIN);
    return em.createQuery(
            "select a from AuditEntry a where a.subjectType = 'item' and a.subjectId = :code"
                + " order by a.occurredAt desc, a.id desc",
            AuditEntry.class)
        .setParameter("code", code)
        .getResultStream()
        .map(AuditLine::of)
        .toList();
  }

  private ItemVersion addVersion(
      Actor actor, ApprovalItem item, ItemContent content, LocalDate effectiveFrom, String note) {
    ItemContentRules.check(content);
    if (!processModels.runsItems(content.processKey())) {
      throw DomainException.invalidField(
          "processKey", "error.item.processUnknown", content.processKey());
    }
    LocalDate from = effectiveFrom == null ? today() : effectiveFrom;
    if (from.isBefore(today())) {
      throw DomainException.invalid("error.item.effectiveInPast");
    }
    Department department = reference(Department.class, content.departmentCode());
    BureauSection section = reference(BureauSection.class, content.sectionCode());
    ItemTheme theme = reference(ItemTheme.class, content.themeCode());
    return item.addVersion(
        content, from, clock.instant(), actor.username(), note, department, section, theme);
  }

  private <T> T reference(Class<T> type, String code) {
    T found = em.find(type, code);
    if (found == null) {
      throw DomainException.invalid("error.item.unknownCode", code);
    }
    return found;
  }

  private void audit(Actor actor, String action, String code, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor.username(), action, "item", code, detail));
  }

  private List<ApprovalItem> activeItems() {
    return em.createQuery(
            "select distinct i from ApprovalItem i left join fetch i.versions where i.active = true order by i.code",
            ApprovalItem.class)
        .getResultList();
  }

  private Optional<ApprovalItem> item(String code) {
    if (code == null || code.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery("select i from ApprovalItem i where i.code = :c", ApprovalItem.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  private Optional<ItemVersion> latest(ApprovalItem item) {
    return item.getVersions().stream().max(Comparator.comparingInt(ItemVersion::getVersionNo));
  }

  private <T extends CodedName> List<CodeName> codeNames(Class<T> type) {
    return em.createQuery("select c from " + type.getSimpleName() + " c order by c.code", type)
        .getResultStream()
        .map(c -> new CodeName(c.getCode(), c.getNameZh(), c.getNameEn()))
        .toList();
  }

  private static boolean matches(String wanted, String actual) {
    return wanted == null || wanted.isBlank() || wanted.strip().equalsIgnoreCase(actual);
  }

  private static boolean containsText(ItemVersion v, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    return v.getItem().getCode().toLowerCase(Locale.ROOT).contains(needle)
        || v.getName().zh().contains(text)
        || v.getName().en().toLowerCase(Locale.ROOT).contains(needle);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** How many further officers countersign (会签) the review of this item; 0 for none. */
  public int countersignOfficers(String itemCode) {
    CountersignRule rule = itemCode == null ? null : em.find(CountersignRule.class, itemCode);
    return rule == null ? 0 : rule.getOfficers();
  }
}
