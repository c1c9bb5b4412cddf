package cn.oneseal.application.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders the bureau's notices and decisions as A4 PDFs in the layout of official documents (GB/T
 * 9704): the issuer's name in red at the head over a red rule, the document number, the title, the
 * addressee, the body paragraphs with a two-character indent, and the issuer and date at the foot
 * of the last page, beside the free square where the seal is stamped. A long body (a correction
 * list of many materials) flows onto further pages, each numbered. A small QR code at the foot of
 * the last page leads to the public verification of the document.
 */
public final class NoticePdf {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float WIDTH = PAGE.getWidth();
  private static final float HEIGHT = PAGE.getHeight();
  private static final float LEFT = mm(28);
  private static final float RIGHT = WIDTH - mm(26);
  private static final float TOP = HEIGHT - mm(30);
  private static final float BOTTOM = mm(32);

  private static final Color RED = new Color(0xC8, 0x10, 0x2E);
  private static final float HEAD_SIZE = 24;
  private static final float NUMBER_SIZE = 11;
  private static final float TITLE_SIZE = 20;
  private static final float BODY_SIZE = 13;
  private static final float FOOT_SIZE = 9;
  private static final float SEAL_DIAMETER = mm(42);
  private static final float QR_SIZE = mm(18);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final String QR_CAPTION = "扫码核验文书真伪";

  /** A private-use character that stands for one character of indent while lines are broken. */
  private static final char INDENT_MARK = '\uE000';

  private static final String INDENT_MARKS = "\uE000\uE000";
  private static final String INDENT_WIDTH_OF = "国国";

  private NoticePdf() {}

  public static RenderedDocument render(NoticeSheet sheet) {
    try (EmbeddedFont lent = EmbeddedFont.borrow();
        PDDocument document = new PDDocument()) {
      PDFont font = lent.loadInto(document);
      List<List<Line>> pages = paginate(sheet, font);
      PDRectangle sealArea = null;
      for (int index = 0; index < pages.size(); index++) {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
          Typesetter text = new Typesetter(stream, font);
          if (index == 0) {
            drawHead(stream, text, sheet);
          }
          for (Line line : pages.get(index)) {
            text.show(line.text(), line.x(), line.baseline(), line.size());
          }
          if (index == pages.size() - 1) {
            sealArea = drawFoot(stream, text, sheet, lastBaseline(pages.get(index)));
          }
          text.showCentred(
              "— " + (index + 1) + " / " + pages.size() + " —", WIDTH / 2, mm(15), FOOT_SIZE);
        }
      }
      document.getDocumentInformation().setTitle(sheet.title() + " " + sheet.documentNumber());
      document.getDocumentInformation().setAuthor(sheet.issuer());
      document.getDocumentInformation().setCreator("OneSeal");
      document.getDocumentInformation().setCreationDate(new GregorianCalendar());
      document.getDocumentCatalog().setLanguage("zh-CN");
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return new RenderedDocument(pdf.toByteArray(), pages.size() - 1, sealArea);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + sheet.documentNumber(), e);
    }
  }

  /** A line of text placed on a page. */
  private record Line(String text, float x, float baseline, float size) {}

  /** Where the head of the first page ends and the body begins. */
  private static float bodyTop() {
    return TOP - mm(62);
  }

  /**
   * Lays the addressee and the paragraphs out from below the head, page after page, and keeps room
   * on the last page for the issuer block and its seal (moving lines to a new page if needed).
   */
  private static List<List<Line>> paginate(NoticeSheet sheet, PDFont font) throws IOException {
    Typesetter measure = new Typesetter(null, font);
    float leading = BODY_SIZE * Typesetter.LINE_SPACING;
    float width = RIGHT - LEFT;
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    float baseline = bodyTop();
    List<Line> flow = new ArrayList<>();
    flow.add(new Line(sheet.addressee() + "：", LEFT, 0, BODY_SIZE));
    float indent = measure.width(INDENT_WIDTH_OF, BODY_SIZE);
    for (String paragraph : sheet.paragraphs()) {
      // the two-character first-line indent of Chinese prose: marks that measure like characters
      List<String> lines =
          LineBreaker.lines(
              INDENT_MARKS + paragraph,
              part -> measure.width(part.replace(INDENT_MARK, '国'), BODY_SIZE),
              width);
      for (String line : lines) {
        boolean first = line.startsWith(INDENT_MARKS);
        flow.add(
            new Line(
                first ? line.substring(INDENT_MARKS.length()) : line,
                first ? LEFT + indent : LEFT,
                0,
                BODY_SIZE));
      }
    }
    for (Line line : flow) {
      if (baseline < BOTTOM) {
        pages.add(page);
        page = new ArrayList<>();
        baseline = TOP;
      }
      page.add(new Line(line.text(), line.x(), baseline, line.size()));
      baseline -= leading;
    }
    // the issuer block needs about a seal's height below the last line
    if (baseline - SEAL_DIAMETER - leading < BOTTOM && page.size() > 1) {
      pages.add(page);
      page = new ArrayList<>();
    }
    pages.add(page);
    return pages;
  }

  private static float lastBaseline(List<Line> lines) {
    return lines.isEmpty() ? TOP : lines.get(lines.size() - 1).baseline();
  }

  private static void drawHead(PDPageContentStream stream, Typesetter text, NoticeSheet sheet)
      throws IOException {
    stream.setNonStrokingColor(RED);
    text.showBoldSpaced(sheet.issuer(), WIDTH / 2, TOP - mm(8), HEAD_SIZE, 2);
    stream.setStrokingColor(RED);
    stream.setLineWidth(1.6f);
    float rule = TOP - mm(24);
    stream.moveTo(LEFT, rule);
    stream.lineTo(RIGHT, rule);
    stream.stroke();
    stream.setNonStrokingColor(Color.BLACK);
    text.showCentred(sheet.documentNumber(), WIDTH / 2, rule + mm(4), NUMBER_SIZE);
    stream.setStrokingColor(Color.BLACK);
    text.showBoldSpaced(sheet.title(), WIDTH / 2, TOP - mm(40), TITLE_SIZE, 1);
  }

  /**
   * The issuer and the date right-aligned below the body, the seal square centred on them, the QR
   * code bottom left; returns the seal square.
   */
  private static PDRectangle drawFoot(
      PDPageContentStream stream, Typesetter text, NoticeSheet sheet, float lastBaseline)
      throws IOException {
    float issuerBaseline = lastBaseline - mm(22);
    String date = DATE.format(sheet.issuedOn());
    float blockWidth = Math.max(text.width(sheet.issuer(), BODY_SIZE), text.width(date, BODY_SIZE));
    float centre = RIGHT - mm(8) - blockWidth / 2;
    text.showCentred(sheet.issuer(), centre, issuerBaseline, BODY_SIZE);
    text.showCentred(date, centre, issuerBaseline - BODY_SIZE * Typesetter.LINE_SPACING, BODY_SIZE);
    QrCodeDrawing.of(sheet.verificationUrl()).draw(stream, LEFT, BOTTOM + QR_SIZE, QR_SIZE);
    text.show(QR_CAPTION, LEFT, BOTTOM - FOOT_SIZE * 1.2f, FOOT_SIZE);
    float sealCentreY = issuerBaseline - BODY_SIZE * 0.4f;
    return new PDRectangle(
        centre - SEAL_DIAMETER / 2, sealCentreY - SEAL_DIAMETER / 2, SEAL_DIAMETER, SEAL_DIAMETER);
  }

  private static float mm(float millimetres) {
    return millimetres / 25.4f * 72;
  }
}
