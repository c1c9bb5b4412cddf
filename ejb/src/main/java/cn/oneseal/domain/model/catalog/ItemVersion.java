package cn.oneseal.domain.model.catalog;

import cn.oneseal.domain.shared.BilingualText;
import cn.oneseal.domain.shared.TextLimit;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.validation.constraints.Size;
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
  @Size(max = 64)
  private String createdBy;

  @Column(name = "change_note")
  @Size(max = 1000)
  private String changeNote;

  @Embedded
  @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false))
  @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
  @TextLimit(max = 256)
  private BilingualText name;

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

  @Embedded
  @AttributeOverride(name = "zh", column = @Column(name = "legal_basis_zh", nullable = false))
  @AttributeOverride(name = "en", column = @Column(name = "legal_basis_en", nullable = false))
  @TextLimit(max = 2000)
  private BilingualText legalBasis;

  @Embedded
  @AttributeOverride(name = "zh", column = @Column(name = "conditions_zh", nullable = false))
  @AttributeOverride(name = "en", column = @Column(name = "conditions_en", nullable = false))
  @TextLimit(max = 4000)
  private BilingualText conditions;

  @Column(name = "statutory_days")
  private int statutoryDays;

  @Column(name = "promised_days")
  private int promisedDays;

  @Embedded
  @AttributeOverride(name = "zh", column = @Column(name = "fee_zh", nullable = false))
  @AttributeOverride(name = "en", column = @Column(name = "fee_en", nullable = false))
  @TextLimit(max = 1000)
  private BilingualText fee;

  @Embedded
  @AttributeOverride(name = "zh", column = @Column(name = "fee_basis_zh"))
  @AttributeOverride(name = "en", column = @Column(name = "fee_basis_en"))
  @TextLimit(max = 1000)
  private BilingualText feeBasis;

  /** Working days an applicant has to answer a correction notice; {@code null}: none set. */
  @Column(name = "correction_period_days")
  private Integer correctionPeriodDays;

  /** What follows when the correction period passes unanswered (视为撤回申请). */
  @Embedded
  @AttributeOverride(name = "zh", column = @Column(name = "correction_consequence_zh"))
  @AttributeOverride(name = "en", column = @Column(name = "correction_consequence_en"))
  @TextLimit(max = 500)
  private BilingualText correctionConsequence;

  @Embedded
  @AttributeOverride(name = "zh", column = @Column(name = "result_document_zh", nullable = false))
  @AttributeOverride(name = "en", column = @Column(name = "result_document_en", nullable = false))
  @TextLimit(max = 256)
  private BilingualText resultDocument;

  @Embedded
  @AttributeOverride(name = "zh", column = @Column(name = "result_validity_zh", nullable = false))
  @AttributeOverride(name = "en", column = @Column(name = "result_validity_en", nullable = false))
  @TextLimit(max = 256)
  private BilingualText resultValidity;

  @Column(name = "consultation_phone", nullable = false)
  @Size(max = 64)
  private String consultationPhone;

  @Column(name = "complaint_phone", nullable = false)
  @Size(max = 64)
  private String complaintPhone;

  @Column(name = "process_key", nullable = false)
  @Size(max = 128)
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
    this.name = content.name();
    this.department = department;
    this.section = section;
    this.theme = theme;
    this.kind = content.kind();
    this.legalBasis = content.legalBasis();
    this.conditions = content.conditions();
    this.statutoryDays = content.statutoryDays();
    this.promisedDays = content.promisedDays();
    this.fee = content.fee();
    this.feeBasis = content.feeBasis();
    this.correctionPeriodDays = content.correctionPeriodDays();
    this.correctionConsequence = content.correctionConsequence();
    this.resultDocument = content.resultDocument();
    this.resultValidity = content.resultValidity();
    this.consultationPhone = content.consultationPhone();
    this.complaintPhone = content.complaintPhone();
    this.processKey = content.processKey();
    this.materials = new ArrayList<>(content.materials());
    this.specialSteps = new ArrayList<>(content.specialSteps());
  }

  /** The content as an editor starts from it. */
  public ItemContent content() {
    return new ItemContent(
        name,
        department.getCode(),
        section.getCode(),
        theme.getCode(),
        kind,
        legalBasis,
        conditions,
        statutoryDays,
        promisedDays,
        fee,
        feeBasis,
        resultDocument,
        resultValidity,
        consultationPhone,
        complaintPhone,
        processKey,
        materials,
        specialSteps,
        correctionPeriodDays,
        correctionConsequence);
  }

  /** Working days to answer a correction notice; {@code null} when the guide sets none. */
  public Integer getCorrectionPeriodDays() {
    return correctionPeriodDays;
  }

  /** What follows an unanswered correction notice; {@link BilingualText#NONE} when not set. */
  public BilingualText getCorrectionConsequence() {
    return correctionConsequence == null ? BilingualText.NONE : correctionConsequence;
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

  public BilingualText getName() {
    return name;
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

  public BilingualText getLegalBasis() {
    return legalBasis;
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
