package cn.oneseal.application;

import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.application.dto.ItemGuide.MaterialGuide;
import cn.oneseal.application.dto.ItemGuide.SpecialStepGuide;
import cn.oneseal.application.dto.ItemVersionSummary;
import cn.oneseal.domain.model.catalog.CodedName;
import cn.oneseal.domain.model.catalog.ItemVersion;
import java.time.LocalDate;

/** Builds the read models of the catalogue inside the transaction that loaded them. */
final class CatalogAssembler {

  private CatalogAssembler() {}

  static ItemGuide guide(ItemVersion v) {
    var c = v.content();
    return new ItemGuide(
        v.getItem().getCode(),
        v.getVersionNo(),
        v.getEffectiveFrom(),
        v.getItem().isActive(),
        codeName(v.getDepartment()),
        codeName(v.getSection()),
        codeName(v.getTheme()),
        c.materials().stream()
            .map(
                m ->
                    new MaterialGuide(
                        m.getCode(),
                        m.getNameZh(),
                        m.getNameEn(),
                        m.getForm().name(),
                        m.getCopies(),
                        m.isRequired(),
                        m.getConditionZh(),
                        m.getConditionEn(),
                        m.getTemplateFile()))
            .toList(),
        c.specialSteps().stream()
            .map(
                s ->
                    new SpecialStepGuide(
                        s.getKind().name(), s.getDurationDays(), s.isCountsTowardLimit()))
            .toList(),
        c,
        v.getItem()
            .commitmentTerms()
            .map(
                t ->
                    new ItemGuide.CommitmentGuide(
                        t.text().zh(), t.text().en(), t.getPostCheckPeriod()))
            .orElse(null));
  }

  static ItemVersionSummary summary(ItemVersion v, LocalDate today) {
    boolean inForce = v.getItem().versionOn(today).map(current -> current == v).orElse(false);
    return new ItemVersionSummary(
        v.getVersionNo(),
        v.getEffectiveFrom(),
        v.getCreatedAt(),
        v.getCreatedBy(),
        v.getChangeNote(),
        v.getName().zh(),
        v.getName().en(),
        inForce);
  }

  private static CodeName codeName(CodedName n) {
    return new CodeName(n.getCode(), n.getNameZh(), n.getNameEn());
  }
}
