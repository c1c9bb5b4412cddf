package cn.oneseal.domain.model.deregistration;

import java.util.Locale;

/** How a business is deregistered (注销登记). */
public enum DeregistrationPath {
  /** 简易注销: on the investors' commitment, after a 20-day public notice (none for 个体工商户). */
  SIMPLE,
  /** 普通注销: after liquidation, with the liquidation report; the fallback path. */
  ORDINARY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
