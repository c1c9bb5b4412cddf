package cn.oneseal.domain.model.deregistration;

import java.util.Locale;

/** Where a deregistration stands. */
public enum DeregistrationStatus {
  /** 公示中: the public notice runs; anyone may object. */
  NOTICE,
  /** 异议处理中: an objection was filed; the registration section decides whether it is sustained. */
  OBJECTION_REVIEW,
  /** 待申请: the notice ended without a sustained objection; the business files within 20 days. */
  AWAITING_FILING,
  /** 已申请: the deregistration application is with the window, the review and the decision. */
  FILED,
  /** 简易注销不予适用: an objection was sustained; the ordinary deregistration remains open. */
  REFUSED,
  /** 已失效: the business did not file within 20 days after the notice. */
  LAPSED,
  /** 已注销: approved; the licence is deregistered. */
  DEREGISTERED,
  /** 不予注销登记: the director denied it. */
  DENIED;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Whether the deregistration is over (the business may start another one unless deregistered).
   */
  public boolean ended() {
    return this == REFUSED || this == LAPSED || this == DEREGISTERED || this == DENIED;
  }
}
