package cn.oneseal.domain.model.application;

import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordinary application (any item that is not a business registration) that its applicant saved
 * before filing it (申请草稿). Why a record of its own rather than an {@link Application} in a draft
 * status: an application is an act of the applicant that starts the statutory clock, has a number,
 * counts in the statistics and is seen by staff; a draft is none of that, and keeping it apart
 * means no list, count or staff screen can show one by mistake. Only its owner reads or changes it.
 *
 * <p>Saving keeps every well-formed answer and refuses each malformed one with its field ({@link
 * #saveValid}), as the registration wizard does; what is merely missing is told at the check of the
 * answers ({@link #missing}), not at each save.
 */
@Entity
@Table(name = "application_draft")
public class ApplicationDraft {

  /** Whether the draft is still being written or became an application. */
  public enum Status {
    DRAFT,
    SUBMITTED
  }

  /** The answers of the generic form as typed; blank is "not answered yet". */
  public record Answers(
      String applicantName, String contactPhone, String description, String creditCode) {}

  static final int NAME_MAX = 200;
  static final int PHONE_MAX = 32;
  static final int DESCRIPTION_MAX = 2000;
  static final int CREDIT_CODE_MAX = 18;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  @Size(max = 64)
  private String owner;

  @Column(name = "item_code", nullable = false)
  @Size(max = 64)
  private String itemCode;

  @Column(name = "applicant_name")
  @Size(max = NAME_MAX)
  private String applicantName;

  @Column(name = "contact_phone")
  @Size(max = PHONE_MAX)
  private String contactPhone;

  @Size(max = DESCRIPTION_MAX)
  private String description;

  @Column(name = "credit_code")
  @Size(max = CREDIT_CODE_MAX)
  private String creditCode;

  private boolean commitment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.DRAFT;

  @Column(name = "application_number")
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<DraftMaterial> materials = new ArrayList<>();

  protected ApplicationDraft() {}

  public ApplicationDraft(String owner, String itemCode, Instant now) {
    this.owner = owner;
    this.itemCode = itemCode;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Saves every well-formed answer; a malformed one keeps what was saved before and comes back as a
   * problem of its field. Blank clears an answer.
   */
  public List<Detail> saveValid(Answers answers, boolean commitment, Instant now) {
    requireDraft();
    List<Detail> refused = new ArrayList<>();
    Optional<String> name = text(answers.applicantName(), "applicantName", NAME_MAX, refused);
    if (name != null) {
      applicantName = name.orElse(null);
    }
    Optional<String> phone = text(answers.contactPhone(), "contactPhone", PHONE_MAX, refused);
    if (phone != null) {
      if (phone.isPresent() && !ContactPhone.wellFormed(phone.get())) {
        refused.add(Detail.of("contactPhone", "error.form.phone", phone.get()));
      } else {
        contactPhone = phone.orElse(null);
      }
    }
    Optional<String> text = text(answers.description(), "description", DESCRIPTION_MAX, refused);
    if (text != null) {
      description = text.orElse(null);
    }
    Optional<String> code = text(answers.creditCode(), "creditCode", CREDIT_CODE_MAX + 2, refused);
    if (code != null) {
      if (code.isPresent() && !CreditCode.validate(code.get()).isValid()) {
        var problem = CreditCode.validate(code.get()).problems().get(0);
        refused.add(Detail.of("creditCode", problem.code(), problem.args().toArray()));
      } else {
        creditCode = code.orElse(null);
      }
    }
    this.commitment = commitment;
    updatedAt = now;
    return refused;
  }

  /** Saves the answers only if every one is well-formed (the API: never half-saved silently). */
  public void save(Answers answers, boolean commitment, Instant now) {
    requireDraft();
    Answers before = new Answers(applicantName, contactPhone, description, creditCode);
    boolean commitmentBefore = this.commitment;
    List<Detail> refused = saveValid(answers, commitment, now);
    if (!refused.isEmpty()) {
      saveValid(before, commitmentBefore, now);
      throw DomainException.invalidAll(refused);
    }
  }

  /**
   * {@code null} when the value is too long (a problem is added), empty when blank, the stripped
   * value otherwise.
   */
  private static Optional<String> text(String value, String field, int max, List<Detail> refused) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      refused.add(Detail.of(field, "error.field.tooLong", field, max));
      return null;
    }
    return Optional.of(stripped);
  }

  /**
   * What still stands between the draft and filing it: every unanswered required field (with its
   * field) and, on the ordinary path, every required material of the item without a file ({@code
   * materials.<code>}).
   */
  public List<Detail> missing(List<MaterialRequirement> itemMaterials) {
    List<Detail> missing = new ArrayList<>();
    if (applicantName == null) {
      missing.add(Detail.of("applicantName", "error.draft.required.applicantName"));
    }
    if (contactPhone == null) {
      missing.add(Detail.of("contactPhone", "error.draft.required.contactPhone"));
    }
    if (description == null) {
      missing.add(Detail.of("description", "error.draft.required.description"));
    }
    if (commitment) {
      // on the commitment path (告知承诺制) the signed letter stands in for the proofs; what the
      // applicant committed to is checked afterwards (the post-check), so no upload is required
      return missing;
    }
    for (MaterialRequirement required : itemMaterials) {
      String code = required.getCode();
      if (required.isRequired()
          && materials.stream().noneMatch(m -> code.equals(m.getRequirement()))) {
        missing.add(
            Detail.of(
                "materials." + code,
                "error.draft.materialMissing",
                code,
                required.getNameZh(),
                required.getNameEn()));
      }
    }
    return missing;
  }

  /** The generic form's fields as the filing takes them (the names of {@code ApplicationForm}). */
  public Map<String, String> form() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("applicantName", applicantName);
    form.put("contactPhone", contactPhone);
    form.put("description", description);
    if (creditCode != null) {
      form.put("creditCode", creditCode);
    }
    return form;
  }

  /** Adds a checked file to the draft; the file's bytes are kept until the draft is filed. */
  public DraftMaterial attach(CheckedUpload upload, Instant now) {
    requireDraft();
    DraftMaterial material = new DraftMaterial(this, upload, now);
    materials.add(material);
    updatedAt = now;
    return material;
  }

  public void detach(long materialId, Instant now) {
    requireDraft();
    if (!materials.removeIf(m -> m.getId() != null && m.getId() == materialId)) {
      throw DomainException.notFound("error.draft.materialNotFound", String.valueOf(materialId));
    }
    updatedAt = now;
  }

  /** The draft became application {@code number}; its files now belong to the application. */
  public void submitted(String number, Instant now) {
    requireDraft();
    status = Status.SUBMITTED;
    applicationNumber = number;
    materials.clear();
    updatedAt = now;
  }

  private void requireDraft() {
    if (status != Status.DRAFT) {
      throw DomainException.conflict("error.draft.submitted", applicationNumber);
    }
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getDescription() {
    return description;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public boolean isCommitment() {
    return commitment;
  }

  public Status getStatus() {
    return status;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<DraftMaterial> getMaterials() {
    return List.copyOf(materials);
  }
}
