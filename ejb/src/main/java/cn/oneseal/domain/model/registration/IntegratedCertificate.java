package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * A certificate or filing that the one business licence replaces (多证合一); its department now
 * receives the registration data instead of issuing a certificate of its own.
 */
@Embeddable
public class IntegratedCertificate {

  @Column(nullable = false)
  @Size(max = 64)
  private String code;

  @Column(name = "name_zh", nullable = false)
  @Size(max = 256)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  @Size(max = 256)
  private String nameEn;

  @Column(name = "receiving_department_zh", nullable = false)
  @Size(max = 128)
  private String receivingDepartmentZh;

  @Column(name = "receiving_department_en", nullable = false)
  @Size(max = 128)
  private String receivingDepartmentEn;

  protected IntegratedCertificate() {}

  public IntegratedCertificate(
      String code,
      String nameZh,
      String nameEn,
      String receivingDepartmentZh,
      String receivingDepartmentEn) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.receivingDepartmentZh = receivingDepartmentZh;
    this.receivingDepartmentEn = receivingDepartmentEn;
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

  public String getReceivingDepartmentZh() {
    return receivingDepartmentZh;
  }

  public String getReceivingDepartmentEn() {
    return receivingDepartmentEn;
  }
}
