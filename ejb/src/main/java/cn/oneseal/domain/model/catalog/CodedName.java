package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A code with its Chinese and English names: departments, sections, themes. */
@MappedSuperclass
public abstract class CodedName {

  @Id private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }
}
