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
   *
   * @param status whether a licence or approval decision still stands: {@code valid}, {@code
   *     superseded}, {@code deregistered} or {@code revoked} (a notice stands as issued: {@code
   *     valid}); a commitment letter, which is the applicant's and not a decision, has none ({@code
   *     null})
   * @param statusChangedAt when it stopped being valid, {@code null} while valid
   * @param statusReason the act that changed it (e.g. the revocation decision's number)
   * @param receivedRecord whether the document is a record received from the applicant and signed
   *     with the system key (a commitment letter), rather than sealed by the bureau
   */
  public record Document(
      String type,
      String documentNumber,
      Instant issuedAt,
      String issuer,
      String status,
      String verificationToken,
      Instant statusChangedAt,
      String statusReason,
      boolean receivedRecord)
      implements Serializable {

    /** Whether the licence or decision is no longer in force. */
    public boolean withdrawn() {
      return status != null && !"valid".equals(status);
    }
  }
}
