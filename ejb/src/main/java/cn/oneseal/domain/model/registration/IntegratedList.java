package cn.oneseal.domain.model.registration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of the list of certificates folded into the business licence (三证合一 in 2015, 五证合一 in
 * 2016, 多证合一 since 2017 …). A registration pushes its data to the departments of the version in
 * force on its day, so the version is data and never changed once in force.
 */
@Entity
@Table(name = "integrated_list_version")
public class IntegratedList {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_no")
  private int versionNo;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "name_zh", nullable = false)
  @Size(max = 128)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  @Size(max = 128)
  private String nameEn;

  @Column(name = "basis_zh", nullable = false)
  @Size(max = 1000)
  private String basisZh;

  @Column(name = "basis_en", nullable = false)
  @Size(max = 1000)
  private String basisEn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "integrated_certificate",
      joinColumns = @JoinColumn(name = "list_version_id"))
  @OrderColumn(name = "position")
  private List<IntegratedCertificate> certificates = new ArrayList<>();

  protected IntegratedList() {}

  public IntegratedList(
      int versionNo,
      LocalDate effectiveFrom,
      String nameZh,
      String nameEn,
      String basisZh,
      String basisEn,
      List<IntegratedCertificate> certificates) {
    this.versionNo = versionNo;
    this.effectiveFrom = effectiveFrom;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.basisZh = basisZh;
    this.basisEn = basisEn;
    this.certificates = new ArrayList<>(certificates);
  }

  /** The version in force on a day: the latest that has taken effect by then. */
  public static Optional<IntegratedList> inForceOn(
      Collection<IntegratedList> versions, LocalDate day) {
    return versions.stream()
        .filter(v -> !v.effectiveFrom.isAfter(day))
        .max(
            Comparator.comparing((IntegratedList v) -> v.effectiveFrom)
                .thenComparingInt(v -> v.versionNo));
  }

  public int getVersionNo() {
    return versionNo;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getBasisZh() {
    return basisZh;
  }

  public String getBasisEn() {
    return basisEn;
  }

  public List<IntegratedCertificate> getCertificates() {
    return List.copyOf(certificates);
  }
}
