package cn.oneseal.domain.model.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * What an item's guide publishes: everything that an edit may change and that a new version
 * freezes. Texts come in Chinese and English; limits are in working days.
 */
public record ItemContent(
    String nameZh,
    String nameEn,
    String departmentCode,
    String sectionCode,
    String themeCode,
    ItemKind kind,
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
    List<MaterialRequirement> materials,
    List<SpecialStep> specialSteps)
    implements Serializable {

  public ItemContent {
    materials = materials == null ? List.of() : List.copyOf(materials);
    specialSteps = specialSteps == null ? List.of() : List.copyOf(specialSteps);
  }
}
