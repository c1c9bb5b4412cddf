package cn.oneseal.infrastructure.seal;

import java.time.Instant;
import java.util.List;

/**
 * What {@link SealVerifier#check} found in a PDF, for the public verification page. The problems
 * are message keys for the web module's bundles, in the order they were found.
 *
 * @param signed whether the PDF carries a signature at all
 * @param intact whether the signature is mathematically valid and covers the whole file except its
 *     own value: nothing changed and nothing appended since signing
 * @param bureauSeal whether the signer is the bureau's seal certificate, or a certificate of the
 *     bureau from the same certification authority (a renewed seal)
 * @param signerSubject the signer certificate's subject (RFC 2253), {@code null} if unknown
 * @param signingTime the time the signer claims ({@code /M}), {@code null} if not given
 * @param sha256 SHA-256 of the checked bytes, lower-case hex, to compare with a sealed file's
 *     record
 */
public record SealCheck(
    boolean signed,
    boolean intact,
    boolean bureauSeal,
    String signerSubject,
    Instant signingTime,
    String sha256,
    List<String> problems) {

  /** Not a PDF, or a PDF or a signature that cannot be read. */
  public static final String MALFORMED = "verification.malformed";

  public static final String NO_SIGNATURE = "verification.noSignature";

  /** Changed or appended to after signing, or a signature that does not verify. */
  public static final String NOT_INTACT = "verification.notIntact";

  /** Signed, but not with the bureau's seal. */
  public static final String OTHER_SIGNER = "verification.otherSigner";

  /** The signer's certificate was not valid at the claimed signing time. */
  public static final String CERTIFICATE_NOT_VALID = "verification.certificateNotValid";

  public SealCheck {
    problems = List.copyOf(problems);
  }

  /** A file without a readable signature. */
  static SealCheck unsigned(String sha256, String problem) {
    return new SealCheck(false, false, false, null, null, sha256, List.of(problem));
  }

  /** Whether this is the bureau's seal on exactly the file it sealed. */
  public boolean valid() {
    return signed && intact && bureauSeal && problems.isEmpty();
  }
}
