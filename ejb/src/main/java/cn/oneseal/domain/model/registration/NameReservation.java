package cn.oneseal.domain.model.registration;

import java.time.Instant;

/** A declared name kept for one applicant until {@code reservedUntil} (exclusive). */
public record NameReservation(
    String fullName, String area, String reservedBy, Instant reservedUntil) {

  public boolean isActive(Instant now) {
    return reservedUntil.isAfter(now);
  }
}
