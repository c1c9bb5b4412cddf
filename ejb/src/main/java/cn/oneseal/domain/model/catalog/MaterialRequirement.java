package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

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
}
