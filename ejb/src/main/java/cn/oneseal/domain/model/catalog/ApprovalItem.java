package cn.oneseal.domain.model.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * An approval item (审批事项) of the catalogue: the standardised unit of the reform — its name, the
 * department whose power the bureau took over, the section that reviews it, its legal basis, the
 * materials it needs, and both its statutory and its promised time limit in working days. {@link
 * #getProcessKey()} names the process model that executes it.
 */
@Entity
@Table(name = "approval_item")
public class ApprovalItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "department_zh", nullable = false)
  private String departmentZh;

  @Column(name = "department_en", nullable = false)
  private String departmentEn;

  @Column(name = "section_zh", nullable = false)
  private String sectionZh;

  @Column(name = "section_en", nullable = false)
  private String sectionEn;

  @Column(name = "legal_basis_zh", nullable = false)
  private String legalBasisZh;

  @Column(name = "legal_basis_en", nullable = false)
  private String legalBasisEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemKind kind;

  @Column(name = "statutory_days")
  private int statutoryDays;

  @Column(name = "promised_days")
  private int promisedDays;

  @Column(name = "process_key", nullable = false)
  private String processKey;

  private boolean active;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "approval_item_material", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  private List<MaterialRequirement> materials = new ArrayList<>();

  protected ApprovalItem() {}

  public Long getId() {
    return id;
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

  public String getDepartmentZh() {
    return departmentZh;
  }

  public String getDepartmentEn() {
    return departmentEn;
  }

  public String getSectionZh() {
    return sectionZh;
  }

  public String getSectionEn() {
    return sectionEn;
  }

  public String getLegalBasisZh() {
    return legalBasisZh;
  }

  public String getLegalBasisEn() {
    return legalBasisEn;
  }

  public ItemKind getKind() {
    return kind;
  }

  public int getStatutoryDays() {
    return statutoryDays;
  }

  public int getPromisedDays() {
    return promisedDays;
  }

  public String getProcessKey() {
    return processKey;
  }

  public boolean isActive() {
    return active;
  }

  public List<MaterialRequirement> getMaterials() {
    return List.copyOf(materials);
  }
}
