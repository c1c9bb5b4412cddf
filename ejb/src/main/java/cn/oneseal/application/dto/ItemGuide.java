package cn.oneseal.application.dto;

import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.shared.BilingualText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An item's guide (办事指南) as one version publishes it, in both languages: what citizens read before
 * they apply and what an application keeps on record. The texts and limits are the version's {@link
 * #content()}; the guide adds the names of its codes and the version's place in time.
 */
public record ItemGuide(
    String code,
    int version,
    LocalDate effectiveFrom,
    boolean active,
    CodeName department,
    CodeName section,
    CodeName theme,
    List<MaterialGuide> materials,
    List<SpecialStepGuide> specialSteps,
    ItemContent content,
    CommitmentGuide commitment)
    implements Serializable {

  /**
   * 告知承诺制: the item may be approved on the applicant's written commitment to these conditions; a
   * post-check follows within {@code postCheckPeriod} (ISO-8601, e.g. {@code P2M}).
   */
  public record CommitmentGuide(String textZh, String textEn, String postCheckPeriod)
      implements Serializable {

    public String text(Locale locale) {
      return english(locale) ? textEn : textZh;
    }

    /** The period in months, for display (P2M → 2), or 0 if it is not a whole number of months. */
    public int months() {
      java.time.Period p = java.time.Period.parse(postCheckPeriod);
      return p.getDays() == 0 ? (int) p.toTotalMonths() : 0;
    }
  }

  /** Whether the applicant may choose the commitment path. */
  public boolean commitmentEligible() {
    return commitment != null;
  }

  /** A coded name (department, section, theme). */
  public record CodeName(String code, String nameZh, String nameEn) implements Serializable {

    public String name(Locale locale) {
      return english(locale) ? nameEn : nameZh;
    }
  }

  /** One material as the guide lists it. */
  public record MaterialGuide(
      String code,
      String nameZh,
      String nameEn,
      String form,
      int copies,
      boolean required,
      String conditionZh,
      String conditionEn,
      String templateFile)
      implements Serializable {}

  /** A special step with its published duration in working days. */
  public record SpecialStepGuide(String kind, int durationDays, boolean countsTowardLimit)
      implements Serializable {}

  public BilingualText name() {
    return content.name();
  }

  public String name(Locale locale) {
    return content.name().in(locale);
  }

  public String kind() {
    return content.kind().name();
  }

  public BilingualText legalBasis() {
    return content.legalBasis();
  }

  public BilingualText conditions() {
    return content.conditions();
  }

  public int statutoryDays() {
    return content.statutoryDays();
  }

  public int promisedDays() {
    return content.promisedDays();
  }

  public BilingualText fee() {
    return content.fee();
  }

  public BilingualText feeBasis() {
    return content.feeBasis();
  }

  public BilingualText resultDocument() {
    return content.resultDocument();
  }

  public BilingualText resultValidity() {
    return content.resultValidity();
  }

  public String consultationPhone() {
    return content.consultationPhone();
  }

  public String complaintPhone() {
    return content.complaintPhone();
  }

  public String processKey() {
    return content.processKey();
  }

  /**
   * The entity type this item registers when its process is business registration (多证合一) — such an
   * item is filed with the one form of the registration wizard, never the generic form; {@code
   * null} for every other item. An item on the registration process without a type of its own
   * registers a company.
   */
  public String registrationType() {
    if (!cn.oneseal.application.ApplicationService.REGISTRATION_PROCESS.equals(processKey())) {
      return null;
    }
    return cn.oneseal.domain.model.registration.EntityType.ofItem(code)
        .orElse(cn.oneseal.domain.model.registration.EntityType.COMPANY)
        .id();
  }

  public boolean hasSpecialStep(String kind) {
    return specialSteps.stream().anyMatch(s -> s.kind().equals(kind));
  }

  public static boolean english(Locale locale) {
    return BilingualText.english(locale);
  }
}
