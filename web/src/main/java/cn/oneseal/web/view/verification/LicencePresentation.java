package cn.oneseal.web.view.verification;

import cn.oneseal.application.dto.LicenceView;
import cn.oneseal.web.view.citizen.RegistrationTexts;
import cn.oneseal.web.view.shared.FacesSupport;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A business licence as a page shows it: the record's own words (name, type, capital, scope are
 * registered in Chinese and stay so), dates and the operating term in the reader's language, and
 * the status as a banner.
 */
public final class LicencePresentation implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String VALID = "valid";

  private final LicenceView licence;

  public LicencePresentation(LicenceView licence) {
    this.licence = licence;
  }

  public LicenceView getLicence() {
    return licence;
  }

  public boolean isValid() {
    return VALID.equals(licence.status());
  }

  /** Whether a later version of the licence replaced this one (an old PDF's QR code). */
  public boolean isSuperseded() {
    return "superseded".equals(licence.status());
  }

  /** "第 N 版": which issue of the licence this is. */
  public String getVersionLabel() {
    return RegistrationTexts.text("licence.versionValue", licence.version());
  }

  /** "The version in force is N", for a superseded version. */
  public String getCurrentVersionNote() {
    return RegistrationTexts.text("licence.currentVersion", licence.currentVersion());
  }

  /** The address of the version in force. */
  public String getCurrentVersionUrl() {
    return "/verify-licence.xhtml?code="
        + java.net.URLEncoder.encode(licence.creditCode(), java.nio.charset.StandardCharsets.UTF_8)
        + "&v="
        + licence.currentVersion();
  }

  /** {@code licence.status.valid}, {@code …deregistered}, {@code …revoked}. */
  public String getStatusLabel() {
    return RegistrationTexts.text("licence.status." + licence.status());
  }

  public String getStatusExplanation() {
    return RegistrationTexts.text("licence.statusExplanation." + licence.status());
  }

  /** The type as registered and, for English readers, what kind of entity that is. */
  public String getType() {
    String kind = RegistrationTexts.text("wizard.entityType." + licence.entityType());
    return RegistrationTexts.text("licence.typeValue", licence.type(), kind);
  }

  public String getRegisteredCapital() {
    return licence.registeredCapital() == null
        ? RegistrationTexts.text("licence.noCapital")
        : licence.registeredCapital();
  }

  public String getEstablishedOn() {
    return date(licence.establishedOn());
  }

  public String getOperatingTerm() {
    String until =
        licence.operatingUntil() == null
            ? RegistrationTexts.text("licence.longTerm")
            : date(licence.operatingUntil());
    return RegistrationTexts.text("licence.term", date(licence.establishedOn()), until);
  }

  static String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern(
            RegistrationTexts.text("licence.datePattern"), FacesSupport.locale())
        .format(date);
  }
}
