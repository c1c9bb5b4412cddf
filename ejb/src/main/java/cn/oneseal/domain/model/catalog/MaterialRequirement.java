package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One entry of an item's list of application materials (申请材料). */
@Embeddable
public class MaterialRequirement {

  @Column(nullable = false)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  private boolean required;

  protected MaterialRequirement() {}

  public MaterialRequirement(String code, String nameZh, String nameEn, boolean required) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.required = required;
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

  public boolean isRequired() {
    return required;
  }
}
