package cn.oneseal.domain.model.registration;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A citizen identity number (公民身份号码, GB 11643): 6-digit division of first registration, birth date
 * (yyyyMMdd), 3-digit sequence (odd for men) and a check character, 0-9 or X.
 *
 * <p>It is personal data: {@link #toString()}, logs and problem messages only ever show the {@link
 * #masked()} form; the full number leaves this object through {@link #value()} alone, for storage.
 */
public final class IdentityNumber {

  public static final int LENGTH = 18;

  static final String LENGTH_PROBLEM = "error.identityNumber.length";
  static final String CHARACTER_PROBLEM = "error.identityNumber.character";
  static final String BIRTH_DATE_PROBLEM = "error.identityNumber.birthDate";
  static final String FUTURE_BIRTH_DATE_PROBLEM = "error.identityNumber.futureBirthDate";
  static final String CHECK_PROBLEM = "error.identityNumber.check";

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private final String value;

  private IdentityNumber(String value) {
    this.value = value;
  }

  /**
   * Every problem of {@code candidate}, judged on {@code today} (a birth date may not be later).
   * The problems never repeat the number's digits.
   */
  public static Validation validate(String candidate, LocalDate today) {
    String number = candidate == null ? "" : candidate;
    Validation.Builder problems = new Validation.Builder();
    if (number.length() != LENGTH) {
      problems.add(LENGTH_PROBLEM, number.length());
    }
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      boolean legal = isDigit(c) || (i == LENGTH - 1 && c == 'X');
      if (!legal) {
        problems.add(CHARACTER_PROBLEM, i + 1);
      }
    }
    if (!problems.isEmpty()) {
      return problems.build();
    }
    birthDateOf(number)
        .ifPresentOrElse(
            born -> {
              if (born.isAfter(today)) {
                problems.add(FUTURE_BIRTH_DATE_PROBLEM);
              }
            },
            () -> problems.add(BIRTH_DATE_PROBLEM));
    if (number.charAt(17) != check(number)) {
      problems.add(CHECK_PROBLEM);
    }
    return problems.build();
  }

  /** The number, or a refusal naming its first problem. */
  public static IdentityNumber of(String candidate, LocalDate today) {
    validate(candidate, today).orThrow();
    return new IdentityNumber(candidate);
  }

  /** The full number; for storage only, never for display. */
  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDateOf(value).orElseThrow();
  }

  /** The first 6 and the last 4 characters, the birth date starred out: 110105********002X. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  static char check(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static Optional<LocalDate> birthDateOf(String number) {
    try {
      return Optional.of(LocalDate.parse(number.substring(6, 14), BIRTH_DATE));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdentityNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form: the full number must not end up in a log line. */
  @Override
  public String toString() {
    return masked();
  }
}
