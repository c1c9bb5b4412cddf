package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One entry of an item version's list of application materials (申请材料). */
@Embeddable
public class MaterialRequirement {

  @Column(nullable = false)
  @Size(max = 64)
  private String code;

  @Column(name = "name_zh", nullable = false)
  @Size(max = 256)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  @Size(max = 256)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MaterialForm form;

  private int copies;

  /** {@code false}: needed only under {@link #getConditionZh() a condition}. */
  private boolean required;

  @Column(name = "condition_zh")
  @Size(max = 1000)
  private String conditionZh;

  @Column(name = "condition_en")
  @Size(max = 1000)
  private String conditionEn;

  @Column(name = "template_file")
  @Size(max = 256)
  private String templateFile;

  /**
   * The media types a file handed in for this material may have, comma-separated; none: {@link
   * FileType#MATERIAL_DEFAULT}. A new version of the item keeps the types of the same material.
   */
  @Column(name = "allowed_types", length = 256)
  @Size(max = 256)
  private String allowedTypes;

  protected MaterialRequirement() {}

  public MaterialRequirement(
      String code,
      String nameZh,
      String nameEn,
      MaterialForm form,
      int copies,
      boolean required,
      String conditionZh,
      String conditionEn,
      String templateFile) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.form = form;
    this.copies = copies;
    this.required = required;
    this.conditionZh = conditionZh;
    this.conditionEn = conditionEn;
    this.templateFile = templateFile;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public MaterialForm getForm() {
    return form;
  }

  public int getCopies() {
    return copies;
  }

  public boolean isRequired() {
    return required;
  }

  public String getConditionZh() {
    return conditionZh;
  }

  public String getConditionEn() {
    return conditionEn;
  }

  public String getTemplateFile() {
    return templateFile;
  }

  /** What a file for this material may be, by its content. */
  public List<FileType> getAllowedTypes() {
    if (allowedTypes == null || allowedTypes.isBlank()) {
      return FileType.MATERIAL_DEFAULT;
    }
    List<FileType> types =
        Arrays.stream(allowedTypes.split(","))
            .map(String::strip)
            .map(FileType::of)
            .flatMap(Optional::stream)
            .toList();
    return types.isEmpty() ? FileType.MATERIAL_DEFAULT : types;
  }

  /** Allows exactly these types (none: the default). */
  public void allow(List<FileType> types) {
    allowedTypes =
        types == null || types.isEmpty()
            ? null
            : String.join(",", types.stream().map(FileType::mediaType).toList());
  }

  /**
   * Takes the allowed types of the same material in the version before, when this one names none
   * (the editor and the API do not set them).
   */
  public void keepTypesOf(MaterialRequirement earlier) {
    if (allowedTypes == null && earlier != null && code.equals(earlier.code)) {
      allowedTypes = earlier.allowedTypes;
    }
  }
}
