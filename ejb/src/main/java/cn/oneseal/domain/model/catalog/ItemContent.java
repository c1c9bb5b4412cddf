package cn.oneseal.domain.model.catalog;

import cn.oneseal.domain.shared.BilingualText;
import java.io.Serializable;
import java.util.List;

/**
 * What an item's guide publishes: everything that an edit may change and that a new version
 * freezes. Texts come in Chinese and English; limits are in working days.
 */
public record ItemContent(
    BilingualText name,
    String departmentCode,
    String sectionCode,
    String themeCode,
    ItemKind kind,
    BilingualText legalBasis,
    BilingualText conditions,
    int statutoryDays,
    int promisedDays,
    BilingualText fee,
    BilingualText feeBasis,
    BilingualText resultDocument,
    BilingualText resultValidity,
    String consultationPhone,
    String complaintPhone,
    String processKey,
    List<MaterialRequirement> materials,
    List<SpecialStep> specialSteps,
    Integer correctionPeriodDays,
    BilingualText correctionConsequence)
    implements Serializable {

  /**
   * The content without a correction period: an applicant's corrections are then not due by a set
   * day and nothing follows from their silence.
   */
  public ItemContent(
      BilingualText name,
      String departmentCode,
      String sectionCode,
      String themeCode,
      ItemKind kind,
      BilingualText legalBasis,
      BilingualText conditions,
      int statutoryDays,
      int promisedDays,
      BilingualText fee,
      BilingualText feeBasis,
      BilingualText resultDocument,
      BilingualText resultValidity,
      String consultationPhone,
      String complaintPhone,
      String processKey,
      List<MaterialRequirement> materials,
      List<SpecialStep> specialSteps) {
    this(
        name,
        departmentCode,
        sectionCode,
        themeCode,
        kind,
        legalBasis,
        conditions,
        statutoryDays,
        promisedDays,
        fee,
        feeBasis,
        resultDocument,
        resultValidity,
        consultationPhone,
        complaintPhone,
        processKey,
        materials,
        specialSteps,
        null,
        null);
  }

  public ItemContent {
    // an embedded text whose columns are all null is loaded as null: it is simply no text
    name = orNone(name);
    legalBasis = orNone(legalBasis);
    conditions = orNone(conditions);
    fee = orNone(fee);
    feeBasis = orNone(feeBasis);
    resultDocument = orNone(resultDocument);
    resultValidity = orNone(resultValidity);
    materials = materials == null ? List.of() : List.copyOf(materials);
    specialSteps = specialSteps == null ? List.of() : List.copyOf(specialSteps);
    correctionConsequence = orNone(correctionConsequence);
  }

  private static BilingualText orNone(BilingualText text) {
    return text == null ? BilingualText.NONE : text;
  }
}
