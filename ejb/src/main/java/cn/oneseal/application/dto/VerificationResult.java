package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What anyone learns by checking a document: whether the seal is the bureau's, whether the file is
 * unchanged since sealing, whether the seal register knows it (and the SM2 signature kept with it
 * matches), what document it is and whether the decision or licence still stands.
 *
 * @param problems message keys of the errors bundle ({@code verification.*})
 */
public record VerificationResult(
    boolean sealed,
    boolean intact,
    boolean registered,
    boolean sm2Valid,
    String signer,
    Document document,
    List<String> problems)
    implements Serializable {

  /**
   * The registered document the checked file is. Its database id is not told: the public finds
   * documents by their QR code's token, which cannot be guessed, never by counting ids.
   */
  public record Document(
      String type,
      String documentNumber,
      Instant issuedAt,
      String issuer,
      String status,
      String verificationToken)
      implements Serializable {}
}
