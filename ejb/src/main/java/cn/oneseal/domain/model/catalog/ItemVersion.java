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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of an approval item's guide, in force from {@link #getEffectiveFrom()} until a later
 * version takes effect. Versions are never changed once written: an edit makes a new one, and an
 * application keeps the version it was filed under, so what the applicant was told stays on record.
 */
@Entity
@Table(name = "approval_item_version")
public class ItemVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id")
  private ApprovalItem item;

  @Column(name = "version_no")
  private int versionNo;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "change_note")
  private String changeNote;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "department_code")
  private Department department;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "section_code")
  private BureauSection section;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "theme_code")
  private ItemTheme theme;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemKind kind;

  @Column(name = "legal_basis_zh", nullable = false)
  private String legalBasisZh;

  @Column(name = "legal_basis_en", nullable = false)
  private String legalBasisEn;

  @Column(name = "conditions_zh", nullable = false)
  private String conditionsZh;

  @Column(name = "conditions_en", nullable = false)
  private String conditionsEn;

  @Column(name = "statutory_days")
  private int statutoryDays;

  @Column(name = "promised_days")
  private int promisedDays;

  @Column(name = "fee_zh", nullable = false)
  private String feeZh;

  @Column(name = "fee_en", nullable = false)
  private String feeEn;

  @Column(name = "fee_basis_zh")
  private String feeBasisZh;

  @Column(name = "fee_basis_en")
  private String feeBasisEn;

  @Column(name = "result_document_zh", nullable = false)
  private String resultDocumentZh;

  @Column(name = "result_document_en", nullable = false)
  private String resultDocumentEn;

  @Column(name = "result_validity_zh", nullable = false)
  private String resultValidityZh;

  @Column(name = "result_validity_en", nullable = false)
  private String resultValidityEn;

  @Column(name = "consultation_phone", nullable = false)
  private String consultationPhone;

  @Column(name = "complaint_phone", nullable = false)
  private String complaintPhone;

  @Column(name = "process_key", nullable = false)
  private String processKey;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "approval_item_version_material",
      joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  private List<MaterialRequirement> materials = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "approval_item_version_special_step",
      joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  private List<SpecialStep> specialSteps = new ArrayList<>();

  protected ItemVersion() {}

  ItemVersion(
      ApprovalItem item,
      int versionNo,
      LocalDate effectiveFrom,
      Instant createdAt,
      String createdBy,
      String changeNote,
      ItemContent content,
      Department department,
      BureauSection section,
      ItemTheme theme) {
    this.item = item;
    this.versionNo = versionNo;
    this.effectiveFrom = effectiveFrom;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.changeNote = changeNote;
    this.nameZh = content.nameZh();
    this.nameEn = content.nameEn();
    this.department = department;
    this.section = section;
    this.theme = theme;
    this.kind = content.kind();
    this.legalBasisZh = content.legalBasisZh();
    this.legalBasisEn = content.legalBasisEn();
    this.conditionsZh = content.conditionsZh();
    this.conditionsEn = content.conditionsEn();
    this.statutoryDays = content.statutoryDays();
    this.promisedDays = content.promisedDays();
    this.feeZh = content.feeZh();
    this.feeEn = content.feeEn();
    this.feeBasisZh = content.feeBasisZh();
    this.feeBasisEn = content.feeBasisEn();
    this.resultDocumentZh = content.resultDocumentZh();
    this.resultDocumentEn = content.resultDocumentEn();
    this.resultValidityZh = content.resultValidityZh();
    this.resultValidityEn = content.resultValidityEn();
    this.consultationPhone = content.consultationPhone();
    this.complaintPhone = content.complaintPhone();
    this.processKey = content.processKey();
    this.materials = new ArrayList<>(content.materials());
    this.specialSteps = new ArrayList<>(content.specialSteps());
  }

  /** The content as an editor starts from it. */
  public ItemContent content() {
    return new ItemContent(
        nameZh,
        nameEn,
        department.getCode(),
        section.getCode(),
        theme.getCode(),
        kind,
        legalBasisZh,
        legalBasisEn,
        conditionsZh,
        conditionsEn,
        statutoryDays,
        promisedDays,
        feeZh,
        feeEn,
        feeBasisZh,
        feeBasisEn,
        resultDocumentZh,
        resultDocumentEn,
        resultValidityZh,
        resultValidityEn,
        consultationPhone,
        complaintPhone,
        processKey,
        materials,
        specialSteps);
  }

  public boolean hasSpecialStep(SpecialStepKind kind) {
    return specialSteps.stream().anyMatch(s -> s.getKind() == kind);
  }

  public Long getId() {
    return id;
  }

  public ApprovalItem getItem() {
    return item;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public Department getDepartment() {
    return department;
  }

  public BureauSection getSection() {
    return section;
  }

  public ItemTheme getTheme() {
    return theme;
  }

  public ItemKind getKind() {
    return kind;
  }

  public String getLegalBasisZh() {
    return legalBasisZh;
  }

  public String getLegalBasisEn() {
    return legalBasisEn;
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

  public List<MaterialRequirement> getMaterials() {
    return List.copyOf(materials);
  }

  public List<SpecialStep> getSpecialSteps() {
    return List.copyOf(specialSteps);
  }
}
