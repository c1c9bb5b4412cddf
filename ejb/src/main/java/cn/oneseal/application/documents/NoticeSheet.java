package cn.oneseal.application.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an official notice or decision of the bureau says (受理通知书, 补正通知书, 不予受理通知书, 准予许可决定书, 不予许可决定书):
 * the issuing bureau, the document number, the title, the addressee, the body paragraphs in order,
 * the date, and the address its QR code leads to for verification.
 */
public record NoticeSheet(
    String issuer,
    String documentNumber,
    String title,
    String addressee,
    List<String> paragraphs,
    LocalDate issuedOn,
    String verificationUrl) {

  public NoticeSheet {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(verificationUrl, "verificationUrl");
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a notice says something");
    }
  }

  /** The same notice with its QR code leading to {@code url}. */
  public NoticeSheet withVerificationUrl(String url) {
    return new NoticeSheet(issuer, documentNumber, title, addressee, paragraphs, issuedOn, url);
  }
}
