package cn.oneseal.domain.model.catalog;

import cn.oneseal.domain.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An approval item (审批事项) of the catalogue: the standardised unit of the reform. The item is its
 * stable code; what its guide says — name, the department whose power the bureau took over, legal
 * basis, materials, limits, special steps — lives in {@link ItemVersion}s, each in force from a
 * date. Retiring an item stops new applications; old ones keep their version.
 */
@Entity
@Table(name = "approval_item")
public class ApprovalItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  @Size(max = 64)
  private String code;

  private boolean active;

  @Column(name = "retired_at")
  private Instant retiredAt;

  /**
   * What approving a seriously dishonest applicant takes ({@code credit_rule}): {@code reason}, a
   * legal reason on record, or {@code refuse}, no approval at all (docs/credit.md).
   */
  @Column(name = "credit_rule", nullable = false)
  @Size(max = 16)
  private String creditRule = "reason";

  @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
  @OrderBy("versionNo")
  private List<ItemVersion> versions = new ArrayList<>();

  /**
   * 告知承诺制: whether, and on which commitment, the item may be approved without review. At most one
   * (the table's key is the item). A collection so that it loads lazily, and in batches for a list
   * of items: as the inverse side of a one-to-one it was read by one query per item loaded (31 per
   * catalogue read of the demo's active items, issue 18).
   */
  @OneToMany(mappedBy = "item")
  private List<CommitmentTerms> commitment = new ArrayList<>();

  protected ApprovalItem() {}

  public ApprovalItem(String code) {
    this.code = code;
    this.active = true;
  }

  /** The item's commitment terms, when it is commitment-eligible (告知承诺制). */
  public Optional<CommitmentTerms> commitmentTerms() {
    return commitment.stream().findFirst().filter(CommitmentTerms::isEligible);
  }

  /** The version in force on the given day: the highest one that has taken effect. */
  public Optional<ItemVersion> versionOn(LocalDate day) {
    return versions.stream()
        .filter(v -> !v.getEffectiveFrom().isAfter(day))
        .max(Comparator.comparingInt(ItemVersion::getVersionNo));
  }

  public Optional<ItemVersion> version(int versionNo) {
    return versions.stream().filter(v -> v.getVersionNo() == versionNo).findFirst();
  }

  /**
   * Writes a new version. It may take effect today or later, never earlier than the version before
   * it, so that the history of what was in force stays linear.
   */
  public ItemVersion addVersion(
      ItemContent content,
      LocalDate effectiveFrom,
      Instant now,
      String author,
      String note,
      Department department,
      BureauSection section,
      ItemTheme theme) {
    ItemVersion last =
        versions.stream().max(Comparator.comparingInt(ItemVersion::getVersionNo)).orElse(null);
    if (last != null && effectiveFrom.isBefore(last.getEffectiveFrom())) {
      throw DomainException.invalid("error.item.effectiveBeforePrevious", last.getEffectiveFrom());
    }
    if (last != null) {
      content
          .materials()
          .forEach(m -> last.getMaterials().forEach(earlier -> m.keepTypesOf(earlier)));
    }
    ItemVersion version =
        new ItemVersion(
            this,
            last == null ? 1 : last.getVersionNo() + 1,
            effectiveFrom,
            now,
            author,
            note,
            content,
            department,
            section,
            theme);
    versions.add(version);
    return version;
  }

  public void retire(Instant now) {
    if (!active) {
      throw DomainException.conflict("error.item.alreadyRetired", code);
    }
    active = false;
    retiredAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  /** The item's rule for a listed applicant, {@code reason} or {@code refuse}. */
  public String getCreditRule() {
    return creditRule;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public List<ItemVersion> getVersions() {
    return List.copyOf(versions);
  }
}
