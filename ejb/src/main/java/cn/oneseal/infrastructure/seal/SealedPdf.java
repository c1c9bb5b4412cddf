package cn.oneseal.infrastructure.seal;

/**
 * A PDF with the bureau's seal, and what the application keeps beside it to check that seal later
 * without trusting the file: its SHA-256 and the SM2 signature of its bytes.
 *
 * @param pdf the sealed PDF: the original bytes unchanged, then one incremental update with the
 *     signature
 * @param sm2Signature the SM2 seal key's {@code SM3withSM2} signature of all of {@code pdf} (DER),
 *     see {@link SealVerifier#verifySm2}
 * @param sha256 SHA-256 of {@code pdf}, lower-case hex
 */
public record SealedPdf(byte[] pdf, byte[] sm2Signature, String sha256) {}
