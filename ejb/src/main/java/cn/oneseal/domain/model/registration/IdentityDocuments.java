package cn.oneseal.domain.model.registration;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identity documents the one form accepts: a resident identity card number (GB 11643) for
 * Chinese natural persons, a passport number for foreign ones, a unified social credit code for
 * organisations. Each is checked and masked for display.
 */
final class IdentityDocuments {

  private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

  private IdentityDocuments() {}

  /** The masked form of a valid document, or empty when the text is not a valid one. */
  static Optional<String> masked(
      String text, Investor.Kind kind, boolean foreignPerson, LocalDate today) {
    String value = text.strip().toUpperCase(Locale.ROOT);
    if (kind == Investor.Kind.ORGANISATION) {
      // credit codes are public: shown in full
      return CreditCode.validate(value).isValid() ? Optional.of(value) : Optional.empty();
    }
    if (foreignPerson) {
      return PASSPORT.matcher(value).matches()
          ? Optional.of(value.substring(0, 2) + "****" + value.substring(value.length() - 2))
          : Optional.empty();
    }
    return IdentityNumber.validate(value, today).isValid()
        ? Optional.of(IdentityNumber.of(value, today).masked())
        : Optional.empty();
  }
}
