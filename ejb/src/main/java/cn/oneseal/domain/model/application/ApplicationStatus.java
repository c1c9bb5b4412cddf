package cn.oneseal.domain.model.application;

/**
 * Where an application stands in the statutory process (行政许可法): apply → accept / refuse to accept /
 * ask for corrections → review → decide → deliver. {@link #WITHDRAWN} is the applicant's own
 * withdrawal, an ordinary state of its own.
 */
public enum ApplicationStatus {
  /** 待受理: waiting at the window. */
  SUBMITTED,
  /** 待补正: the window sent the one-time list of missing or faulty materials. */
  CORRECTION_REQUESTED,
  /** 审查中: accepted, with the case officer. */
  UNDER_REVIEW,
  /** 待决定: reviewed, waiting for the director's decision. */
  AWAITING_DECISION,
  /** 准予许可. */
  APPROVED,
  /** 不予许可. */
  DENIED,
  /** 不予受理. */
  REFUSED,
  /** 已撤回. */
  WITHDRAWN;

  public boolean isFinal() {
    return this == APPROVED || this == DENIED || this == REFUSED || this == WITHDRAWN;
  }

  /** The applicant may withdraw until the decision is taken. */
  public boolean isWithdrawable() {
    return !isFinal();
  }
}
