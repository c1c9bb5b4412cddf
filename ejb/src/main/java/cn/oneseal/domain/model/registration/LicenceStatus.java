package cn.oneseal.domain.model.registration;

import java.util.Locale;

/**
 * Whether an issued licence or approval decision is in force: a business licence (kept on the
 * licence) and the approval decision of every item (kept on the issued document). Verification, the
 * QR code's page and the API show it.
 */
public enum LicenceStatus {
  /** 有效: in force as issued. */
  VALID,
  /** 已被替代: a later decision or licence replaced it (a change, a renewal). */
  SUPERSEDED,
  /** 已注销: the holder gave it up or ceased to exist (注销, 行政许可法 Art. 70). */
  DEREGISTERED,
  /** 已撤销: the authority revoked it (撤销, Art. 69), e.g. because a commitment was false. */
  REVOKED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the licence or decision still stands. */
  public boolean inForce() {
    return this == VALID;
  }
}
