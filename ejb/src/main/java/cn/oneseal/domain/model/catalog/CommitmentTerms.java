package cn.oneseal.domain.model.catalog;

import cn.oneseal.domain.shared.BilingualText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Period;

/**
 * Whether an item may be approved on the applicant's written commitment (告知承诺制), what the applicant
 * commits to, and within which period after the decision the post-check (核查) falls. Item data: an
 * item without a row, or with {@code eligible} false, is approved only after review.
 */
@Entity
@Table(name = "item_commitment")
public class CommitmentTerms {

  /** The post-check period when the item names none: two months. */
  public static final String DEFAULT_PERIOD = "P2M";

  @Id
  @Column(name = "item_id")
  private Long itemId;

  /** The item (its key is this row's): one row at most per item, read as the item's collection. */
  @MapsId
  @ManyToOne(fetch = FetchType.LAZY)
  private ApprovalItem item;

  private boolean eligible;

  @Column(name = "commitment_zh", nullable = false)
  @Size(max = 4000)
  private String commitmentZh;

  @Column(name = "commitment_en", nullable = false)
  @Size(max = 4000)
  private String commitmentEn;

  @Column(name = "post_check_period", nullable = false)
  @Size(max = 16)
  private String postCheckPeriod = DEFAULT_PERIOD;

  protected CommitmentTerms() {}

  public CommitmentTerms(ApprovalItem item, BilingualText text, String postCheckPeriod) {
    this.item = item;
    this.eligible = true;
    this.commitmentZh = text.zh();
    this.commitmentEn = text.en();
    this.postCheckPeriod = postCheckPeriod == null ? DEFAULT_PERIOD : postCheckPeriod;
  }

  public ApprovalItem getItem() {
    return item;
  }

  public boolean isEligible() {
    return eligible;
  }

  /** The conditions the applicant commits to, in both languages. */
  public BilingualText text() {
    return new BilingualText(commitmentZh, commitmentEn);
  }

  /** ISO-8601 period (e.g. {@code P2M}) after the decision within which the post-check falls. */
  public String getPostCheckPeriod() {
    return postCheckPeriod;
  }

  public Period postCheckPeriod() {
    return Period.parse(postCheckPeriod);
  }
}
