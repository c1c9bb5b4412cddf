package cn.oneseal.application.dto;

import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.model.catalog.ItemKind;
import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.model.catalog.SpecialStep;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.shared.BilingualText;
import cn.oneseal.domain.shared.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an administrator sends to create an item or write a new version of it (事项表单): the same
 * object for the editor page, which binds its inputs to it, and for {@code POST /api/items}, which
 * reads its JSON into it. Its properties keep the API's names: a text's Chinese under the plain
 * name ({@code legalBasis}), its English with {@code En} ({@code legalBasisEn}).
 *
 * <p>It holds what was typed, as typed; {@link #toContent()} is the one place where that becomes an
 * {@link ItemContent} (trimmed, empty texts as none, codes as enum values), which the catalogue
 * then checks.
 */
public class ItemForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The process model an item runs unless the administrator picks another. */
  public static final String DEFAULT_PROCESS_KEY = "generalLicensing";

  @Size(max = 64)
  private String code;

  private LocalDate effectiveFrom;

  @Size(max = 1000)
  private String changeNote;

  @Size(max = 256)
  private String name;

  @Size(max = 256)
  private String nameEn;

  @Size(max = 32)
  private String departmentCode;

  @Size(max = 32)
  private String sectionCode;

  @Size(max = 32)
  private String themeCode;

  @Size(max = 32)
  private String kind;

  @Size(max = 2000)
  private String legalBasis;

  @Size(max = 2000)
  private String legalBasisEn;

  @Size(max = 4000)
  private String conditions;

  @Size(max = 4000)
  private String conditionsEn;

  private int statutoryDays;
  private int promisedDays;

  /** Working days to answer a correction notice; {@code null}: the guide sets none. */
  private Integer correctionPeriodDays;

  @Size(max = 500)
  private String correctionConsequence;

  @Size(max = 500)
  private String correctionConsequenceEn;

  @Size(max = 1000)
  private String fee;

  @Size(max = 1000)
  private String feeEn;

  @Size(max = 1000)
  private String feeBasis;

  @Size(max = 1000)
  private String feeBasisEn;

  @Size(max = 256)
  private String resultDocument;

  @Size(max = 256)
  private String resultDocumentEn;

  @Size(max = 256)
  private String resultValidity;

  @Size(max = 256)
  private String resultValidityEn;

  @Size(max = 64)
  private String consultationPhone;

  @Size(max = 64)
  private String complaintPhone;

  @Size(max = 128)
  private String processKey;

  @Size(max = 100)
  private List<@Valid Material> materials = new ArrayList<>();

  @Size(max = 20)
  private List<@Valid Step> specialSteps = new ArrayList<>();

  /** What a new item starts from: a promised item of 20/10 days, one empty material. */
  public static ItemForm blank() {
    ItemForm f = new ItemForm();
    f.kind = ItemKind.PROMISED.name();
    f.statutoryDays = 20;
    f.promisedDays = 10;
    f.processKey = DEFAULT_PROCESS_KEY;
    f.specialSteps = everyStepKind(List.of());
    f.addMaterial();
    return f;
  }

  /**
   * A version's content as the next version starts from it. Every kind of special step is listed,
   * those the item does not have unselected, so that an editor can tick them.
   */
  public static ItemForm of(ItemContent c) {
    ItemForm f = new ItemForm();
    f.name = c.name().zh();
    f.nameEn = c.name().en();
    f.departmentCode = c.departmentCode();
    f.sectionCode = c.sectionCode();
    f.themeCode = c.themeCode();
    f.kind = c.kind() == null ? null : c.kind().name();
    f.legalBasis = c.legalBasis().zh();
    f.legalBasisEn = c.legalBasis().en();
    f.conditions = c.conditions().zh();
    f.conditionsEn = c.conditions().en();
    f.statutoryDays = c.statutoryDays();
    f.promisedDays = c.promisedDays();
    f.correctionPeriodDays = c.correctionPeriodDays();
    f.correctionConsequence = c.correctionConsequence().zh();
    f.correctionConsequenceEn = c.correctionConsequence().en();
    f.fee = c.fee().zh();
    f.feeEn = c.fee().en();
    f.feeBasis = c.feeBasis().zh();
    f.feeBasisEn = c.feeBasis().en();
    f.resultDocument = c.resultDocument().zh();
    f.resultDocumentEn = c.resultDocument().en();
    f.resultValidity = c.resultValidity().zh();
    f.resultValidityEn = c.resultValidity().en();
    f.consultationPhone = c.consultationPhone();
    f.complaintPhone = c.complaintPhone();
    f.processKey = c.processKey();
    c.materials().forEach(m -> f.materials.add(Material.of(m)));
    f.specialSteps = everyStepKind(c.specialSteps());
    return f;
  }

  private static List<Step> everyStepKind(List<SpecialStep> chosen) {
    List<Step> steps = new ArrayList<>();
    for (SpecialStepKind k : SpecialStepKind.values()) {
      steps.add(
          chosen.stream()
              .filter(s -> s.getKind() == k)
              .findFirst()
              .map(s -> new Step(k.name(), true, s.getDurationDays(), s.isCountsTowardLimit()))
              .orElseGet(() -> new Step(k.name(), false, 1, false)));
    }
    return steps;
  }

  /** The content this form describes; a code that names no kind or form is malformed input. */
  public ItemContent toContent() {
    return new ItemContent(
        text(name, nameEn),
        strip(departmentCode),
        strip(sectionCode),
        strip(themeCode),
        kind == null || kind.isBlank() ? null : parse(ItemKind.class, kind),
        text(legalBasis, legalBasisEn),
        text(conditions, conditionsEn),
        statutoryDays,
        promisedDays,
        text(fee, feeEn),
        text(feeBasis, feeBasisEn),
        text(resultDocument, resultDocumentEn),
        text(resultValidity, resultValidityEn),
        strip(consultationPhone),
        strip(complaintPhone),
        blankToNull(processKey) == null ? DEFAULT_PROCESS_KEY : processKey.strip(),
        materials == null ? List.of() : materials.stream().map(Material::toRequirement).toList(),
        specialSteps == null
            ? List.of()
            : specialSteps.stream().filter(Step::isSelected).map(Step::toStep).toList(),
        correctionPeriodDays,
        text(correctionConsequence, correctionConsequenceEn));
  }

  public Integer getCorrectionPeriodDays() {
    return correctionPeriodDays;
  }

  public void setCorrectionPeriodDays(Integer correctionPeriodDays) {
    this.correctionPeriodDays = correctionPeriodDays;
  }

  public String getCorrectionConsequence() {
    return correctionConsequence;
  }

  public void setCorrectionConsequence(String correctionConsequence) {
    this.correctionConsequence = correctionConsequence;
  }

  public String getCorrectionConsequenceEn() {
    return correctionConsequenceEn;
  }

  public void setCorrectionConsequenceEn(String correctionConsequenceEn) {
    this.correctionConsequenceEn = correctionConsequenceEn;
  }

  /** Adds an empty material under the first free code {@code material-n}. */
  public void addMaterial() {
    int n = materials.size() + 1;
    while (hasMaterialCode("material-" + n)) {
      n++;
    }
    materials.add(Material.blank("material-" + n));
  }

  private boolean hasMaterialCode(String code) {
    return materials.stream().anyMatch(m -> code.equals(m.getCode()));
  }

  private static BilingualText text(String zh, String en) {
    return new BilingualText(blankToNull(zh), blankToNull(en));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(() -> DomainException.invalid("error.request.malformed", value));
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public void setDepartmentCode(String departmentCode) {
    this.departmentCode = departmentCode;
  }

  public String getSectionCode() {
    return sectionCode;
  }

  public void setSectionCode(String sectionCode) {
    this.sectionCode = sectionCode;
  }

  public String getThemeCode() {
    return themeCode;
  }

  public void setThemeCode(String themeCode) {
    this.themeCode = themeCode;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getLegalBasisEn() {
    return legalBasisEn;
  }

  public void setLegalBasisEn(String legalBasisEn) {
    this.legalBasisEn = legalBasisEn;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getConditionsEn() {
    return conditionsEn;
  }

  public void setConditionsEn(String conditionsEn) {
    this.conditionsEn = conditionsEn;
  }

  public int getStatutoryDays() {
    return statutoryDays;
  }

  public void setStatutoryDays(int statutoryDays) {
    this.statutoryDays = statutoryDays;
  }

  public int getPromisedDays() {
    return promisedDays;
  }

  public void setPromisedDays(int promisedDays) {
    this.promisedDays = promisedDays;
  }

  public String getFee() {
    return fee;
  }

  public void setFee(String fee) {
    this.fee = fee;
  }

  public String getFeeEn() {
    return feeEn;
  }

  public void setFeeEn(String feeEn) {
    this.feeEn = feeEn;
  }

  public String getFeeBasis() {
    return feeBasis;
  }

  public void setFeeBasis(String feeBasis) {
    this.feeBasis = feeBasis;
  }

  public String getFeeBasisEn() {
    return feeBasisEn;
  }

  public void setFeeBasisEn(String feeBasisEn) {
    this.feeBasisEn = feeBasisEn;
  }

  public String getResultDocument() {
    return resultDocument;
  }

  public void setResultDocument(String resultDocument) {
    this.resultDocument = resultDocument;
  }

  public String getResultDocumentEn() {
    return resultDocumentEn;
  }

  public void setResultDocumentEn(String resultDocumentEn) {
    this.resultDocumentEn = resultDocumentEn;
  }

  public String getResultValidity() {
    return resultValidity;
  }

  public void setResultValidity(String resultValidity) {
    this.resultValidity = resultValidity;
  }

  public String getResultValidityEn() {
    return resultValidityEn;
  }

  public void setResultValidityEn(String resultValidityEn) {
    this.resultValidityEn = resultValidityEn;
  }

  public String getConsultationPhone() {
    return consultationPhone;
  }

  public void setConsultationPhone(String consultationPhone) {
    this.consultationPhone = consultationPhone;
  }

  public String getComplaintPhone() {
    return complaintPhone;
  }

  public void setComplaintPhone(String complaintPhone) {
    this.complaintPhone = complaintPhone;
  }

  public String getProcessKey() {
    return processKey;
  }

  public void setProcessKey(String processKey) {
    this.processKey = processKey;
  }

  public List<Material> getMaterials() {
    return materials;
  }

  public void setMaterials(List<Material> materials) {
    this.materials = materials == null ? new ArrayList<>() : new ArrayList<>(materials);
  }

  public List<Step> getSpecialSteps() {
    return specialSteps;
  }

  public void setSpecialSteps(List<Step> specialSteps) {
    this.specialSteps = specialSteps == null ? new ArrayList<>() : new ArrayList<>(specialSteps);
  }

  /** One material: its Chinese under {@code name}, its English under {@code nameEn}. */
  public static class Material implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 64)
    private String code;

    @Size(max = 256)
    private String name;

    @Size(max = 256)
    private String nameEn;

    @Size(max = 32)
    private String form;

    @Min(0)
    @Max(100)
    private int copies;

    private boolean required;

    @Size(max = 1000)
    private String condition;

    @Size(max = 1000)
    private String conditionEn;

    @Size(max = 256)
    private String templateFile;

    static Material blank(String code) {
      Material m = new Material();
      m.code = code;
      m.form = MaterialForm.COPY.name();
      m.copies = 1;
      m.required = true;
      return m;
    }

    static Material of(MaterialRequirement r) {
      Material m = new Material();
      m.code = r.getCode();
      m.name = r.getNameZh();
      m.nameEn = r.getNameEn();
      m.form = r.getForm() == null ? null : r.getForm().name();
      m.copies = r.getCopies();
      m.required = r.isRequired();
      m.condition = r.getConditionZh();
      m.conditionEn = r.getConditionEn();
      m.templateFile = r.getTemplateFile();
      return m;
    }

    MaterialRequirement toRequirement() {
      return new MaterialRequirement(
          strip(code),
          strip(name),
          strip(nameEn),
          form == null || form.isBlank() ? null : parse(MaterialForm.class, form),
          copies,
          required,
          blankToNull(condition),
          blankToNull(conditionEn),
          blankToNull(templateFile));
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getForm() {
      return form;
    }

    public void setForm(String form) {
      this.form = form;
    }

    public int getCopies() {
      return copies;
    }

    public void setCopies(int copies) {
      this.copies = copies;
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean required) {
      this.required = required;
    }

    public String getCondition() {
      return condition;
    }

    public void setCondition(String condition) {
      this.condition = condition;
    }

    public String getConditionEn() {
      return conditionEn;
    }

    public void setConditionEn(String conditionEn) {
      this.conditionEn = conditionEn;
    }

    public String getTemplateFile() {
      return templateFile;
    }

    public void setTemplateFile(String templateFile) {
      this.templateFile = templateFile;
    }
  }

  /**
   * One special step. The editor lists every kind and ticks those the item has; the API lists only
   * the steps the item has, so a step read from JSON is {@code selected} unless it says otherwise.
   */
  public static class Step implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 32)
    private String kind;

    private boolean selected = true;

    @Min(0)
    @Max(365)
    private int durationDays;

    private boolean countsTowardLimit;

    public Step() {}

    Step(String kind, boolean selected, int durationDays, boolean countsTowardLimit) {
      this.kind = kind;
      this.selected = selected;
      this.durationDays = durationDays;
      this.countsTowardLimit = countsTowardLimit;
    }

    SpecialStep toStep() {
      return new SpecialStep(
          kind == null || kind.isBlank() ? null : parse(SpecialStepKind.class, kind),
          durationDays,
          countsTowardLimit);
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public boolean isSelected() {
      return selected;
    }

    public void setSelected(boolean selected) {
      this.selected = selected;
    }

    public int getDurationDays() {
      return durationDays;
    }

    public void setDurationDays(int durationDays) {
      this.durationDays = durationDays;
    }

    public boolean isCountsTowardLimit() {
      return countsTowardLimit;
    }

    public void setCountsTowardLimit(boolean countsTowardLimit) {
      this.countsTowardLimit = countsTowardLimit;
    }
  }
}
