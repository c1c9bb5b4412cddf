package cn.oneseal.domain.model.credit;

/**
 * The keyed hash (HMAC-SHA256) of an identity number under a key of this installation, so that the
 * register of dishonest subjects can be matched against an applicant without storing any identity
 * number in clear. The same number always gives the same hash on one installation; without the key
 * the hash cannot be recomputed from a guessed number (identity numbers are few enough to guess).
 * Implemented in infrastructure beside the identity vault, whose key it derives from.
 */
public interface SubjectHasher {

  /**
   * The hash of a normalised identity number (upper case, no spaces), as 64 lower-case hex digits.
   */
  String identityHash(String identityNumber);

  /** The form every hashed identity number is brought to first. */
  static String normalised(String identityNumber) {
    return identityNumber == null
        ? ""
        : identityNumber.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
  }
}
