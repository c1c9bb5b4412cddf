package cn.oneseal.application.dto;

import cn.oneseal.domain.model.catalog.ItemContent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An item's guide (办事指南) as one version publishes it, in both languages: what citizens read before
 * they apply and what an application keeps on record.
 */
public record ItemGuide(
    String code,
    int version,
    LocalDate effectiveFrom,
    boolean active,
    String nameZh,
    String nameEn,
    CodeName department,
    CodeName section,
    CodeName theme,
    String kind,
    String legalBasisZh,
    String legalBasisEn,
    String conditionsZh,
    String conditionsEn,
    int statutoryDays,
    int promisedDays,
    String feeZh,
    String feeEn,
    String feeBasisZh,
    String feeBasisEn,
    String resultDocumentZh,
    String resultDocumentEn,
    String resultValidityZh,
    String resultValidityEn,
    String consultationPhone,
    String complaintPhone,
    String processKey,
    List<MaterialGuide> materials,
    List<SpecialStepGuide> specialSteps,
    ItemContent content)
    implements Serializable {

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

  public String name(Locale locale) {
    return english(locale) ? nameEn : nameZh;
  }

  public boolean hasSpecialStep(String kind) {
    return specialSteps.stream().anyMatch(s -> s.kind().equals(kind));
  }

  public static boolean english(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
