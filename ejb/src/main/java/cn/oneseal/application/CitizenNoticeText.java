package cn.oneseal.application;

import cn.oneseal.domain.model.catalog.ItemVersion;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.model.notification.NotificationKind;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the notices to an applicant, in one language (the recipient's: Chinese unless the
 * account says otherwise). The wording is data ({@code cn/oneseal/notifications/citizen} bundle);
 * this class only puts the facts of the case into it: the materials by their names in the guide,
 * never their internal codes; the deadline as a date; the consequence the guide states.
 */
public final class CitizenNoticeText {

  private static final String BUNDLE = "cn.oneseal.notifications.citizen";

  private final ResourceBundle bundle;
  private final Locale locale;

  public CitizenNoticeText(Locale locale) {
    this.locale = english(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, NO_FALLBACK);
  }

  /** A missing English key falls back to the base (Chinese) file, not to the JVM's locale. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** The item's name in this language. */
  public String itemName(ItemVersion version) {
    return version.getName().in(locale);
  }

  /**
   * The materials of a correction request in words: a code of the guide's materials reads as the
   * material's name; any other text (the clerk's own words) stays as written.
   */
  public String materials(ItemVersion version, List<String> missing) {
    List<String> names = new ArrayList<>();
    for (String entry : missing) {
      String code = entry.strip();
      names.add(
          version.getMaterials().stream()
              .filter(m -> m.getCode().equals(code))
              .findFirst()
              .map(this::name)
              .orElse(code));
    }
    return String.join(text("list.separator"), names);
  }

  private String name(MaterialRequirement m) {
    return locale == Locale.ENGLISH && m.getNameEn() != null && !m.getNameEn().isBlank()
        ? m.getNameEn()
        : m.getNameZh();
  }

  public String date(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern(text("date.pattern"), locale));
  }

  /** The consequence of an unanswered correction in this language, or {@code ""}. */
  public String consequence(ItemVersion version) {
    String c = version.getCorrectionConsequence().in(locale);
    return c == null ? "" : c.strip();
  }

  public String accepted(String item, LocalDate acceptedOn, int promisedDays) {
    return format("accepted", item, date(acceptedOn), promisedDays);
  }

  /**
   * The correction request: what is missing, by when ({@code due} may be {@code null} when the
   * guide sets no period) and what follows from silence.
   */
  public String correction(
      String item, String materials, LocalDate due, Integer periodDays, String consequence) {
    String when =
        due == null
            ? text("correction.noDeadline")
            : format("correction.deadline", date(due), periodDays);
    return join(format("correction", item, materials), when, consequence);
  }

  public String refused(String item, String reasons, String document) {
    return join(format("refused", item), reasons(reasons), format("document", document));
  }

  public String decided(String item, boolean approved, String reasons, String document) {
    return join(
        format(approved ? "approved" : "denied", item),
        approved ? "" : reasons(reasons),
        format("document", document));
  }

  /** A technical contract registered under {@code registrationNumber}, or rejected for reasons. */
  public String contractConcluded(
      String item, String registrationNumber, String reasons, String document) {
    return join(
        registrationNumber == null
            ? format("contractRejected", item)
            : format("contractRegistered", item, registrationNumber),
        registrationNumber == null ? reasons(reasons) : "",
        format("document", document));
  }

  /** An innovation voucher issued ({@code voucherNumber}, valid until) or refused for reasons. */
  public String voucherDecided(
      String item,
      String voucherNumber,
      String faceValue,
      LocalDate validUntil,
      String reasons,
      String document) {
    return join(
        voucherNumber == null
            ? format("voucherDenied", item)
            : format("voucherIssued", item, voucherNumber, date(validUntil), faceValue),
        voucherNumber == null ? reasons(reasons) : "",
        format("document", document));
  }

  public String licence(String name, String creditCode, String document) {
    return join(format("licence", name, creditCode), format("document", document));
  }

  public String correctionDeadlineNear(
      String item, LocalDate due, int workingDaysLeft, String materials, String consequence) {
    return join(
        format("deadlineNear.correction", item, date(due), workingDaysLeft),
        format("deadlineNear.materials", materials),
        consequence);
  }

  public String deemedWithdrawn(String item, LocalDate due, String consequence) {
    return join(format("deemedWithdrawn", item, date(due)), consequence);
  }

  /**
   * The SMS: a short text with the kind, the application number and the link to the case (an SMS
   * carries no attachment and is read on the phone that opens the link).
   */
  public String sms(NotificationKind kind, String applicationNumber, String link) {
    return format("sms", text("kind." + kind.id()), applicationNumber, link);
  }

  private String reasons(String reasons) {
    return reasons == null || reasons.isBlank() ? "" : format("reasons", reasons.strip());
  }

  private String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part.strip());
      }
    }
    return String.join(text("sentence.separator"), present);
  }

  private String text(String key) {
    return bundle.getString(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
