package cn.oneseal.web.api;

import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.model.catalog.ItemKind;
import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.model.catalog.SpecialStep;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What an administrator sends to create an item or write a new version of it: the guide's content
 * in the shape {@code GET /api/items/{code}} returns it, plus when it takes effect and why.
 */
public record ItemDraftJson(
    String code,
    LocalDate effectiveFrom,
    String changeNote,
    String name,
    String nameEn,
    String departmentCode,
    String sectionCode,
    String themeCode,
    String kind,
    String legalBasis,
    String legalBasisEn,
    String conditions,
    String conditionsEn,
    int statutoryDays,
    int promisedDays,
    String fee,
    String feeEn,
    String feeBasis,
    String feeBasisEn,
    String resultDocument,
    String resultDocumentEn,
    String resultValidity,
    String resultValidityEn,
    String consultationPhone,
    String complaintPhone,
    String processKey,
    List<MaterialDraft> materials,
    List<SpecialStepDraft> specialSteps) {

  /** One material of the draft. */
  public record MaterialDraft(
      String code,
      String name,
      String nameEn,
      String form,
      int copies,
      boolean required,
      String condition,
      String conditionEn,
      String templateFile) {}

  /** One special step of the draft. */
  public record SpecialStepDraft(String kind, int durationDays, boolean countsTowardLimit) {}

  ItemContent toContent() {
    return new ItemContent(
        name,
        nameEn,
        departmentCode,
        sectionCode,
        themeCode,
        kind == null ? null : parse(ItemKind.class, kind),
        legalBasis,
        legalBasisEn,
        conditions,
        conditionsEn,
        statutoryDays,
        promisedDays,
        fee,
        feeEn,
        feeBasis,
        feeBasisEn,
        resultDocument,
        resultDocumentEn,
        resultValidity,
        resultValidityEn,
        consultationPhone,
        complaintPhone,
        processKey == null || processKey.isBlank() ? "generalLicensing" : processKey,
        materials == null
            ? List.of()
            : materials.stream()
                .map(
                    m ->
                        new MaterialRequirement(
                            m.code(),
                            m.name(),
                            m.nameEn(),
                            m.form() == null ? null : parse(MaterialForm.class, m.form()),
                            m.copies(),
                            m.required(),
                            m.condition(),
                            m.conditionEn(),
                            m.templateFile()))
                .toList(),
        specialSteps == null
            ? List.of()
            : specialSteps.stream()
                .map(
                    s ->
                        new SpecialStep(
                            s.kind() == null ? null : parse(SpecialStepKind.class, s.kind()),
                            s.durationDays(),
                            s.countsTowardLimit()))
                .toList());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(() -> DomainException.invalid("error.request.malformed", value));
  }
}
