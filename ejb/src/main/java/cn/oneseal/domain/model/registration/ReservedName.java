package cn.oneseal.domain.model.registration;

import java.io.Serializable;
import java.time.Instant;

/** A name reserved for a citizen, in its declared parts: what the one form may use as its name. */
public record ReservedName(
    String region,
    String tradeName,
    String industry,
    String organizationForm,
    String area,
    Instant reservedUntil)
    implements Serializable {

  public NameDeclaration name() {
    return new NameDeclaration(region, tradeName, industry, organizationForm);
  }

  public String fullName() {
    return name().fullName();
  }

  /**
   * The register keeps the full name and the parts after the division; the division is what
   * precedes them (a declared full name is always division + trade name + industry + form).
   */
  public static ReservedName of(
      String fullName,
      String area,
      String tradeName,
      String industry,
      String organizationForm,
      Instant reservedUntil) {
    String rest = tradeName + (industry == null ? "" : industry) + organizationForm;
    String region =
        fullName.endsWith(rest) ? fullName.substring(0, fullName.length() - rest.length()) : null;
    return new ReservedName(region, tradeName, industry, organizationForm, area, reservedUntil);
  }
}
