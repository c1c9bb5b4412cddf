package cn.oneseal.application;

import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.model.catalog.ItemKind;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.model.catalog.SpecialStep;
import cn.oneseal.domain.shared.BilingualText;
import cn.oneseal.domain.shared.DomainException;
import java.util.HashSet;
import java.util.Set;

/**
 * What a publishable item guide must say. Checked before a version is written, so that the
 * catalogue never publishes an item without its legal basis, materials or limits.
 */
final class ItemContentRules {

  static final int MAX_STATUTORY_DAYS = 365;

  /** The longest correction period a guide may set, in working days. */
  static final int MAX_CORRECTION_DAYS = 60;

  private ItemContentRules() {}

  static void check(ItemContent c) {
    if (c == null) {
      throw DomainException.invalid("error.item.contentMissing");
    }
    required(c.name(), "name");
    required(c.departmentCode(), "department");
    required(c.sectionCode(), "section");
    required(c.themeCode(), "theme");
    required(c.legalBasis(), "legalBasis");
    required(c.conditions(), "conditions");
    required(c.fee(), "fee");
    required(c.resultDocument(), "resultDocument");
    required(c.resultValidity(), "resultValidity");
    required(c.consultationPhone(), "consultationPhone");
    required(c.complaintPhone(), "complaintPhone");
    required(c.processKey(), "processKey");
    if (c.kind() == null) {
      throw DomainException.invalid("error.item.fieldRequired", "kind");
    }
    if (c.statutoryDays() < 1 || c.statutoryDays() > MAX_STATUTORY_DAYS) {
      throw DomainException.invalid("error.item.statutoryDays", MAX_STATUTORY_DAYS);
    }
    if (c.promisedDays() < 0 || c.promisedDays() > c.statutoryDays()) {
      throw DomainException.invalid("error.item.promisedDays");
    }
    if (c.correctionPeriodDays() != null
        && (c.correctionPeriodDays() < 1 || c.correctionPeriodDays() > MAX_CORRECTION_DAYS)) {
      throw DomainException.invalid("error.item.correctionPeriodDays", MAX_CORRECTION_DAYS);
    }
    if (c.kind() == ItemKind.ON_THE_SPOT
        && (c.promisedDays() != 0 || !c.specialSteps().isEmpty())) {
      throw DomainException.invalid("error.item.onTheSpot");
    }
    if (c.materials().isEmpty()) {
      throw DomainException.invalid("error.item.materialsRequired");
    }
    Set<String> codes = new HashSet<>();
    for (MaterialRequirement m : c.materials()) {
      required(m.getCode(), "material.code");
      required(m.getNameZh(), "material.nameZh");
      required(m.getNameEn(), "material.nameEn");
      if (m.getForm() == null || m.getCopies() < 1) {
        throw DomainException.invalid("error.item.materialForm", m.getNameZh());
      }
      if (!m.isRequired() && (isBlank(m.getConditionZh()) || isBlank(m.getConditionEn()))) {
        throw DomainException.invalid("error.item.materialCondition", m.getNameZh());
      }
      if (!codes.add(m.getCode())) {
        throw DomainException.invalid("error.item.materialDuplicate", m.getCode());
      }
    }
    Set<Object> kinds = new HashSet<>();
    for (SpecialStep s : c.specialSteps()) {
      if (s.getKind() == null || s.getDurationDays() < 1 || !kinds.add(s.getKind())) {
        throw DomainException.invalid("error.item.specialStep");
      }
    }
  }

  /** Both languages: the field is named as the editor and the API name it ({@code nameEn}). */
  private static void required(BilingualText text, String field) {
    required(text.zh(), field + "Zh");
    required(text.en(), field + "En");
  }

  private static void required(String text, String field) {
    if (isBlank(text)) {
      throw DomainException.invalid("error.item.fieldRequired", field);
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
