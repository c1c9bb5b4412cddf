package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.Size;

/** A code with its Chinese and English names: departments, sections, themes. */
@MappedSuperclass
public abstract class CodedName {

  @Id
  @Size(max = 32)
  private String code;

  @Column(name = "name_zh", nullable = false)
  @Size(max = 128)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  @Size(max = 128)
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
