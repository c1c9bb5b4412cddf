package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A business the signed-in citizen registered, as "我的企业" lists it.
 *
 * @param status {@code valid}, {@code deregistered} or {@code revoked}
 * @param version the licence version in force
 * @param verificationUrl the public verification page of that version
 */
public record BusinessSummary(
    String creditCode,
    String name,
    String entityType,
    String type,
    String domicile,
    LocalDate establishedOn,
    String status,
    int version,
    String verificationUrl)
    implements Serializable {

  public boolean inForce() {
    return "valid".equals(status);
  }
}
