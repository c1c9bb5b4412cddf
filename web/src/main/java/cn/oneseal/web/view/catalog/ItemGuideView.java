package cn.oneseal.web.view.catalog;

import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemGuide.MaterialGuide;
import cn.oneseal.application.dto.ItemGuide.SpecialStepGuide;
import cn.oneseal.application.dto.ItemVersionSummary;
import cn.oneseal.domain.shared.BilingualText;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guide of one approval item (办事指南) as one version publishes it — the one in force unless the
 * reader asks for another ({@code ?version=N}) — with its version history and the flowchart of its
 * power. Public: anyone may read what an item requires before applying.
 */
@Named
@ViewScoped
public class ItemGuideView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One material of the checklist, in the reader's language. */
  public record Material(
      String name,
      String form,
      int copies,
      boolean required,
      String condition,
      String templateFile,
      String templateUrl)
      implements Serializable {}

  /** A special step, the time it takes, and whether that time counts toward the limit. */
  public record SpecialStep(String kind, int durationDays, boolean countsTowardLimit)
      implements Serializable {}

  /** A line of the version history; {@code state} is inForce, scheduled or superseded. */
  public record Version(int version, LocalDate effectiveFrom, String changeNote, String state)
      implements Serializable {}

  @Inject private CatalogService catalog;

  private String code;
  private String version;

  private ItemGuide guide;
  private Locale locale;
  private List<Version> versions = List.of();
  private Integer versionInForce;
  private List<Material> materials = List.of();

  public void load() {
    // not @ReportsProblems: an unknown item shows the page's own not-found panel, not a message
    try {
      Optional<ItemGuide> found = find();
      if (found.isEmpty()) {
        FacesSupport.status(404);
        return;
      }
      guide = found.get();
      locale = FacesSupport.locale();
      LocalDate today = catalog.today();
      versions = catalog.versions(guide.code()).stream().map(v -> version(v, today)).toList();
      versionInForce =
          versions.stream()
              .filter(v -> "inForce".equals(v.state()))
              .map(Version::version)
              .findFirst()
              .orElse(null);
      materials = guide.materials().stream().map(this::material).toList();
    } catch (DomainException e) {
      guide = null;
      FacesSupport.statusFor(e);
    } catch (EJBException e) {
      guide = null;
      FacesSupport.unexpected(e);
    }
  }

  /** The version asked for, or the one in force; nothing for an unknown code or version. */
  private Optional<ItemGuide> find() {
    if (version == null || version.isBlank()) {
      return catalog.current(code);
    }
    try {
      return catalog.version(code, Integer.parseInt(version.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Version version(ItemVersionSummary v, LocalDate today) {
    String state =
        v.inForce() ? "inForce" : v.effectiveFrom().isAfter(today) ? "scheduled" : "superseded";
    return new Version(v.version(), v.effectiveFrom(), v.changeNote(), state);
  }

  private Material material(MaterialGuide m) {
    String template =
        m.templateFile() == null || m.templateFile().isBlank() ? null : m.templateFile();
    return new Material(
        pick(m.nameZh(), m.nameEn()),
        m.form(),
        m.copies(),
        m.required(),
        pick(m.conditionZh(), m.conditionEn()),
        template,
        template == null ? null : template.startsWith("/") ? template : "/" + template);
  }

  private String pick(String zh, String en) {
    return pick(new BilingualText(zh, en));
  }

  private String pick(BilingualText text) {
    return text.in(locale);
  }

  public boolean isLoaded() {
    return guide != null;
  }

  public ItemGuide getGuide() {
    return guide;
  }

  public String getName() {
    return guide == null ? null : pick(guide.name());
  }

  public String getDepartment() {
    return guide.department().name(FacesSupport.locale());
  }

  public String getSection() {
    return guide.section().name(FacesSupport.locale());
  }

  public String getTheme() {
    return guide.theme().name(FacesSupport.locale());
  }

  public String getLegalBasis() {
    return pick(guide.legalBasis());
  }

  public String getConditions() {
    return pick(guide.conditions());
  }

  public String getFee() {
    return pick(guide.fee());
  }

  public String getFeeBasis() {
    return pick(guide.feeBasis());
  }

  public String getResultDocument() {
    return pick(guide.resultDocument());
  }

  public String getResultValidity() {
    return pick(guide.resultValidity());
  }

  public List<Material> getMaterials() {
    return materials;
  }

  public List<SpecialStep> getSpecialSteps() {
    return guide.specialSteps().stream().map(ItemGuideView::specialStep).toList();
  }

  private static SpecialStep specialStep(SpecialStepGuide s) {
    return new SpecialStep(s.kind(), s.durationDays(), s.countsTowardLimit());
  }

  public List<Version> getVersions() {
    return versions;
  }

  /** The version in force today, or {@code null} when none is (a retired or a future item). */
  public Integer getVersionInForce() {
    return versionInForce;
  }

  /** The reader is looking at a version other than the one in force. */
  public boolean isOtherVersion() {
    return guide != null && !Integer.valueOf(guide.version()).equals(versionInForce);
  }

  /**
   * The entity type an item registers (the business registration items), whose application is the
   * one form of the registration wizard; {@code null} for every other item.
   */
  public String getRegistrationType() {
    return guide == null ? null : guide.registrationType();
  }

  /**
   * The page a citizen files this item on: a technical contract's or an innovation voucher's own
   * form, the generic application form for the rest (a registration has its wizard, {@link
   * #getRegistrationType}).
   */
  public String getFilingPage() {
    String process = guide == null ? null : guide.processKey();
    if (ItemSheet.VOUCHER_PROCESS.equals(process)) {
      return "/citizen/voucher.xhtml";
    }
    return ItemSheet.TECHNICAL_CONTRACT_PROCESS.equals(process)
        ? "/citizen/technical-contract.xhtml"
        : "/citizen/apply.xhtml";
  }

  /** One may apply under this guide: the item is active and this is its version in force. */
  public boolean isApplicable() {
    return guide != null && guide.active() && !isOtherVersion();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
