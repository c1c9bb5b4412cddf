package cn.oneseal.domain.model.registration;

import java.time.Instant;

/**
 * A name already in the register of a registration area, as the same-name rule sees it. A
 * reservation counts only while {@code reservedUntil} lies in the future, so an expired one stops
 * counting by itself — no job has to clear it.
 */
public record ExistingName(
    String area,
    String fullName,
    String tradeName,
    String industry,
    NameStatus status,
    Instant statusSince,
    Instant reservedUntil,
    String reservedBy) {

  /** A reservation still in force at {@code now}. */
  public boolean isActiveReservation(Instant now) {
    return status == NameStatus.RESERVED && reservedUntil != null && reservedUntil.isAfter(now);
  }
}
