package cn.oneseal.application.dto;

import cn.oneseal.domain.model.registration.IntegratedList;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One version of the list of certificates folded into the business licence (多证合一). */
public record IntegratedListView(
    int versionNo,
    LocalDate effectiveFrom,
    String nameZh,
    String nameEn,
    String basisZh,
    String basisEn,
    List<Certificate> certificates)
    implements Serializable {

  /** A certificate of the list and the department that receives the registration's data for it. */
  public record Certificate(
      String code,
      String nameZh,
      String nameEn,
      String receivingDepartmentZh,
      String receivingDepartmentEn)
      implements Serializable {}

  public static IntegratedListView of(IntegratedList l) {
    return new IntegratedListView(
        l.getVersionNo(),
        l.getEffectiveFrom(),
        l.getNameZh(),
        l.getNameEn(),
        l.getBasisZh(),
        l.getBasisEn(),
        l.getCertificates().stream()
            .map(
                c ->
                    new Certificate(
                        c.getCode(),
                        c.getNameZh(),
                        c.getNameEn(),
                        c.getReceivingDepartmentZh(),
                        c.getReceivingDepartmentEn()))
            .toList());
  }
}
