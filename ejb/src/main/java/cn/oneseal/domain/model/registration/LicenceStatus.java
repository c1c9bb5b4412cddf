package cn.oneseal.domain.model.registration;

import java.util.Locale;

/** Whether a business licence is in force. */
public enum LicenceStatus {
  VALID,
  DEREGISTERED,
  REVOKED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
