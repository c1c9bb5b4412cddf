package cn.oneseal.application.dto;

import cn.oneseal.application.documents.NoticeSheet;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The decision document as it will be sealed, shown to the director before the seal: the same sheet
 * the seal stamps (issuer, number, title, addressee, paragraphs, date), without the QR code, which
 * only the sealed document carries.
 */
public record DecisionPreview(
    String issuer,
    String documentNumber,
    String title,
    String addressee,
    List<String> paragraphs,
    LocalDate issuedOn)
    implements Serializable {

  public DecisionPreview {
    paragraphs = List.copyOf(paragraphs);
  }

  public static DecisionPreview of(NoticeSheet sheet) {
    return new DecisionPreview(
        sheet.issuer(),
        sheet.documentNumber(),
        sheet.title(),
        sheet.addressee(),
        sheet.paragraphs(),
        sheet.issuedOn());
  }

  /** The date as the document prints it, e.g. 2026年12月4日. */
  public String issuedOnText() {
    return DateTimeFormatter.ofPattern("yyyy年M月d日").format(issuedOn);
  }

  /**
   * The whole text in reading order, one part a line: what the director confirms, and what a change
   * of the outcome or the opinion after the preview changes.
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append(issuer).append('\n').append(title).append('\n').append(documentNumber).append('\n');
    text.append(addressee).append('\n');
    paragraphs.forEach(p -> text.append(p).append('\n'));
    return text.append(issuedOnText()).toString();
  }
}
