package cn.oneseal.domain.model.registration;

import cn.oneseal.domain.shared.DomainException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): the one identifier of a legal person or
 * other organisation, printed on every licence we issue.
 *
 * <p>Layout of the 18 characters: registration-authority code (9 = market regulation), type code,
 * 6-digit administrative division (GB/T 2260), the 9-character organisation code (GB 11714: an
 * 8-character body and its own check character) and the outer check character.
 *
 * <p>The two check characters use different alphabets, and mixing them up is the classic bug: the
 * organisation-code check counts with the <em>full</em> alphabet 0-9A-Z (M = 22), the outer check
 * with the 31-character alphabet without I, O, S, V, Z (M = 21). A code is only ever built or
 * accepted through {@link #validate}, so an instance is always valid.
 */
public final class CreditCode {

  public static final int LENGTH = 18;

  /** The outer alphabet; a character's value is its index. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** How many distinct 8-character organisation bodies {@link #bodyFor} can make. */
  public static final long BODY_CAPACITY = pow(ALPHABET.length(), 8);

  static final String LENGTH_PROBLEM = "error.creditCode.length";
  static final String CHARACTER_PROBLEM = "error.creditCode.character";
  static final String AUTHORITY_PROBLEM = "error.creditCode.authority";
  static final String DIVISION_PROBLEM = "error.creditCode.division";
  static final String ORGANISATION_CHECK_PROBLEM = "error.creditCode.organisationCheck";
  static final String CHECK_PROBLEM = "error.creditCode.check";
  static final String BODY_PROBLEM = "error.creditCode.organisationBody";

  /** Type codes each registration authority may give (GB 32100-2015, table 1). */
  private static final Map<Character, String> TYPES_BY_AUTHORITY =
      Map.ofEntries(
          Map.entry('1', "1239"), // 机构编制: 机关, 事业单位, 群众团体, 其他
          Map.entry('2', "19"), // 外交
          Map.entry('3', "123459"), // 司法行政: 律师事务所, 公证处, 法律服务所, 司法鉴定, 仲裁委员会
          Map.entry('4', "19"), // 文化
          Map.entry('5', "1239"), // 民政: 社会团体, 民办非企业单位, 基金会
          Map.entry('6', "129"), // 旅游
          Map.entry('7', "129"), // 宗教
          Map.entry('8', "19"), // 工会
          Map.entry('9', "123"), // 市场监管: 企业, 个体工商户, 农民专业合作社
          Map.entry('A', "19"), // 中央军委改革和编制办公室
          Map.entry('N', "1239"), // 农业: 组级, 村级, 乡镇级集体经济组织
          Map.entry('Y', "1")); // 其他

  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final Pattern DIVISION = Pattern.compile("\\d{6}");

  private final String value;

  private CreditCode(String value) {
    this.value = value;
  }

  /** Every problem of {@code candidate}; {@code null} counts as the empty string. */
  public static Validation validate(String candidate) {
    String code = candidate == null ? "" : candidate;
    Validation.Builder problems = new Validation.Builder();
    int length = code.codePointCount(0, code.length());
    if (length != LENGTH) {
      problems.add(LENGTH_PROBLEM, length);
    }
    int[] characters = code.codePoints().toArray();
    for (int i = 0; i < characters.length; i++) {
      if (ALPHABET.indexOf(characters[i]) < 0) {
        problems.add(CHARACTER_PROBLEM, i + 1, Character.toString(characters[i]));
      }
    }
    if (length != LENGTH || code.length() != LENGTH) {
      // without 18 single characters, the positions of the parts mean nothing
      return problems.build();
    }
    if (!isValidType(code.charAt(0), code.charAt(1))) {
      problems.add(AUTHORITY_PROBLEM, code.substring(0, 1), code.substring(1, 2));
    }
    String division = code.substring(2, 8);
    if (!DIVISION.matcher(division).matches()) {
      problems.add(DIVISION_PROBLEM, division);
    }
    String organisationCode = code.substring(8, 17);
    if (isLegal(organisationCode)) {
      char expected = organisationCheck(organisationCode.substring(0, 8));
      if (organisationCode.charAt(8) != expected) {
        problems.add(
            ORGANISATION_CHECK_PROBLEM,
            String.valueOf(organisationCode.charAt(8)),
            String.valueOf(expected));
      }
    }
    if (isLegal(code)) {
      char expected = check(code.substring(0, 17));
      if (code.charAt(17) != expected) {
        problems.add(CHECK_PROBLEM, String.valueOf(code.charAt(17)), String.valueOf(expected));
      }
    }
    return problems.build();
  }

  /** The code, or a refusal naming its first problem. */
  public static CreditCode of(String candidate) {
    validate(candidate).orThrow();
    return new CreditCode(candidate);
  }

  /** Builds a code from its parts, computing both check characters. */
  public static CreditCode compose(
      char authority, char type, String division, String organisationBody) {
    if (division == null || !DIVISION.matcher(division).matches()) {
      throw DomainException.invalid(DIVISION_PROBLEM, String.valueOf(division));
    }
    if (organisationBody == null || organisationBody.length() != 8 || !isLegal(organisationBody)) {
      throw DomainException.invalid(BODY_PROBLEM, String.valueOf(organisationBody));
    }
    if (!isValidType(authority, type)) {
      throw DomainException.invalid(
          AUTHORITY_PROBLEM, String.valueOf(authority), String.valueOf(type));
    }
    String first17 =
        "" + authority + type + division + organisationBody + organisationCheck(organisationBody);
    return new CreditCode(first17 + check(first17));
  }

  /**
   * Whether the registration authority {@code authority} gives organisations of type {@code type}.
   */
  public static boolean isValidType(char authority, char type) {
    return TYPES_BY_AUTHORITY.getOrDefault(authority, "").indexOf(type) >= 0;
  }

  /**
   * The organisation body numbered {@code counter}: the counter written in base 31 with the outer
   * alphabet, 8 characters with leading zeros. Those characters are legal in both alphabets, and
   * distinct counters give distinct bodies.
   */
  public static String bodyFor(long counter) {
    if (counter < 0 || counter >= BODY_CAPACITY) {
      throw new IllegalArgumentException("counter out of range: " + counter);
    }
    char[] body = new char[8];
    long rest = counter;
    for (int i = body.length - 1; i >= 0; i--) {
      body[i] = ALPHABET.charAt((int) (rest % ALPHABET.length()));
      rest /= ALPHABET.length();
    }
    return new String(body);
  }

  /** GB 11714: values from the full alphabet 0-9A-Z, so M counts 22 here. */
  static char organisationCheck(String body) {
    int sum = 0;
    for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
      sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return switch (check) {
      case 10 -> 'X';
      case 11 -> '0';
      default -> (char) ('0' + check);
    };
  }

  /** GB 32100: values from the outer alphabet (M counts 21), weight 3^(i-1) mod 31. */
  static char check(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  private static boolean isLegal(String characters) {
    return characters.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  private static long pow(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }

  public String value() {
    return value;
  }

  public char authority() {
    return value.charAt(0);
  }

  public char type() {
    return value.charAt(1);
  }

  public String division() {
    return value.substring(2, 8);
  }

  /** The 9-character GB 11714 organisation code, check character included. */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreditCode that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
