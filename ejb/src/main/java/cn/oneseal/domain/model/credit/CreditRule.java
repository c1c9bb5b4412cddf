package cn.oneseal.domain.model.credit;

import cn.oneseal.domain.shared.DomainException;
import java.util.Locale;

/**
 * What approving an applicant on the register of seriously dishonest subjects takes, as the item
 * says (seed §25; 联合惩戒): either an explicit legal reason recorded in the case history, or nothing
 * can make it lawful and the approval is refused. Denying is always possible, and an applicant who
 * is not listed is approved as usual.
 */
public enum CreditRule {
  /** Approval needs a legal reason, which the case history keeps (the default). */
  REASON("reason"),
  /** Approval is refused while the applicant is listed. */
  REFUSE("refuse");

  private final String id;

  CreditRule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The rule an item's data names; anything unknown is the default, {@link #REASON}. */
  public static CreditRule of(String id) {
    return REFUSE.id.equals(id == null ? null : id.strip().toLowerCase(Locale.ROOT))
        ? REFUSE
        : REASON;
  }

  /**
   * Judges an act at the decision: answers the override reason to record ({@code null}: nothing to
   * record), or refuses the approval — 409 under {@link #REFUSE}, 422 under {@link #REASON} without
   * a reason.
   *
   * @param listed whether the check found the applicant (or its legal representative) listed
   * @param approve whether the act approves
   * @param overrideReason the reason the director gave, if any
   */
  public String judge(boolean listed, boolean approve, String overrideReason) {
    if (!listed || !approve) {
      return null;
    }
    if (this == REFUSE) {
      throw DomainException.conflict("error.credit.listedRefused");
    }
    if (overrideReason == null || overrideReason.isBlank()) {
      throw DomainException.unprocessable("error.credit.overrideReasonRequired");
    }
    return overrideReason.strip();
  }
}
