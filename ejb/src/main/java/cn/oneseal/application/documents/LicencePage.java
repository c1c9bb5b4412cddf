package cn.oneseal.application.documents;

import cn.oneseal.application.documents.Typesetter.Paragraph;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The layout of the business licence: where each part of a {@link LicenceSheet} goes on an A4
 * landscape page, following the licence format of the State Administration for Market Regulation —
 * a double frame, the title, the credit code, the QR code top right, the fields in two columns and
 * the registration authority bottom right, beside the free space its seal will cover.
 *
 * <p>The fixed wording (营业执照, the field labels, the notes) is part of that statutory format and is
 * never translated, so it lives here as constants rather than in a message bundle. Coordinates are
 * PDF points with the origin bottom left; they are derived from millimetres where the format gives
 * them in print measure.
 */
final class LicencePage {

  static final PDRectangle MEDIA_BOX =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

  /** A registration authority's seal is 42 mm across; its whole bounding square stays free. */
  static final float SEAL_DIAMETER = mm(42);

  private static final float WIDTH = MEDIA_BOX.getWidth();
  private static final float HEIGHT = MEDIA_BOX.getHeight();

  static final String TITLE = "营业执照";
  private static final String CREDIT_CODE_LABEL = "统一社会信用代码";
  private static final String QR_CAPTION = "扫描二维码验证电子营业执照";
  private static final String NAME_LABEL = "名称";
  private static final String TYPE_LABEL = "类型";
  private static final String CAPITAL_LABEL = "注册资本";
  private static final String ESTABLISHED_LABEL = "成立日期";
  private static final String TERM_LABEL = "营业期限";
  private static final String SCOPE_LABEL = "经营范围";
  private static final String AUTHORITY_LABEL = "登记机关";
  private static final String EQUAL_FORCE_NOTE = "电子营业执照与纸质营业执照具有同等法律效力";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

  private static final Color FRAME_COLOUR = new Color(0x9E, 0x1F, 0x1A);
  private static final Color TEXT_COLOUR = Color.BLACK;

  private static final float OUTER_FRAME_INSET = mm(7);
  private static final float INNER_FRAME_INSET = mm(9);
  private static final float OUTER_FRAME_LINE = 2.2f;
  private static final float INNER_FRAME_LINE = 0.6f;
  private static final float MARGIN = mm(21);
  private static final float LEFT = MARGIN;
  private static final float RIGHT = WIDTH - MARGIN;

  private static final float TITLE_SIZE = 40;
  private static final float TITLE_SPACING = TITLE_SIZE * 0.6f;
  private static final float TITLE_BASELINE = HEIGHT - mm(37);
  private static final float CREDIT_CODE_SIZE = 12.5f;
  private static final float CREDIT_CODE_BASELINE = HEIGHT - mm(51);

  private static final float QR_SIZE = mm(27);
  private static final float QR_TOP = HEIGHT - mm(19);
  private static final float QR_CAPTION_SIZE = 6.5f;

  private static final float FIELD_SIZE = 11;
  private static final float MIN_FIELD_SIZE = 4.5f;
  private static final float FIELDS_BASELINE = HEIGHT - mm(67);
  private static final float LEFT_COLUMN_WIDTH = mm(130);
  private static final float RIGHT_COLUMN_X = WIDTH / 2 + mm(14);

  private static final float SEAL_CENTRE_X = RIGHT - mm(32);
  private static final float SEAL_BOTTOM = mm(38);
  private static final float AUTHORITY_SIZE = 12;
  private static final float AUTHORITY_LABEL_SIZE = 14;

  private static final float NOTE_SIZE = 8;
  private static final float NOTE_BASELINE = mm(13.5f);
  private static final float FIELDS_BOTTOM = mm(20);

  static final PDRectangle SEAL_AREA =
      new PDRectangle(SEAL_CENTRE_X - SEAL_DIAMETER / 2, SEAL_BOTTOM, SEAL_DIAMETER, SEAL_DIAMETER);

  private final PDPageContentStream stream;
  private final Typesetter text;

  LicencePage(PDPageContentStream stream, Typesetter text) {
    this.stream = stream;
    this.text = text;
  }

  static float mm(float millimetres) {
    return millimetres * 72 / 25.4f;
  }

  void draw(LicenceSheet sheet) throws IOException {
    drawFrame();
    stream.setNonStrokingColor(TEXT_COLOUR);
    stream.setStrokingColor(TEXT_COLOUR);
    drawHeading(sheet);
    drawQrCode(sheet.verificationUrl());
    drawLeftColumn(sheet);
    drawRightColumn(sheet);
    drawAuthority(sheet);
    text.showCentred(EQUAL_FORCE_NOTE, WIDTH / 2, NOTE_BASELINE, NOTE_SIZE);
  }

  private void drawFrame() throws IOException {
    stream.setStrokingColor(FRAME_COLOUR);
    frame(OUTER_FRAME_INSET, OUTER_FRAME_LINE);
    frame(INNER_FRAME_INSET, INNER_FRAME_LINE);
  }

  private void frame(float inset, float lineWidth) throws IOException {
    stream.setLineWidth(lineWidth);
    stream.addRect(inset, inset, WIDTH - 2 * inset, HEIGHT - 2 * inset);
    stream.stroke();
  }

  private void drawHeading(LicenceSheet sheet) throws IOException {
    text.showBoldSpaced(TITLE, WIDTH / 2, TITLE_BASELINE, TITLE_SIZE, TITLE_SPACING);
    text.showCentred(
        CREDIT_CODE_LABEL + "  " + sheet.creditCode(),
        WIDTH / 2,
        CREDIT_CODE_BASELINE,
        CREDIT_CODE_SIZE);
  }

  /** The caption starts below the symbol's quiet zone, which a reader needs free. */
  private void drawQrCode(String url) throws IOException {
    float left = RIGHT - QR_SIZE;
    QrCodeDrawing symbol = QrCodeDrawing.of(url);
    symbol.draw(stream, left, QR_TOP, QR_SIZE);
    float captionTop = QR_TOP - QR_SIZE - symbol.quietZone(QR_SIZE);
    text.showCentred(
        QR_CAPTION,
        left + QR_SIZE / 2,
        captionTop - QR_CAPTION_SIZE * Typesetter.ASCENT,
        QR_CAPTION_SIZE);
  }

  /** 名称, 类型, the legal representative and, in all the room left below them, 经营范围. */
  private void drawLeftColumn(LicenceSheet sheet) throws IOException {
    FieldColumn column = new FieldColumn(LEFT, LEFT_COLUMN_WIDTH, FIELDS_BASELINE);
    column.row(NAME_LABEL, sheet.name());
    column.row(TYPE_LABEL, sheet.type());
    column.row(sheet.legalRepresentativeLabel(), sheet.legalRepresentative());
    column.lastRow(SCOPE_LABEL, sheet.businessScope(), FIELDS_BOTTOM);
  }

  /** 注册资本 (if any), 成立日期, 营业期限 and the domicile, which ends above the seal's space. */
  private void drawRightColumn(LicenceSheet sheet) throws IOException {
    FieldColumn column = new FieldColumn(RIGHT_COLUMN_X, RIGHT - RIGHT_COLUMN_X, FIELDS_BASELINE);
    if (sheet.hasRegisteredCapital()) {
      column.row(CAPITAL_LABEL, sheet.registeredCapital());
    }
    column.row(ESTABLISHED_LABEL, date(sheet.establishedOn()));
    column.row(TERM_LABEL, sheet.operatingTerm());
    column.lastRow(sheet.domicileLabel(), sheet.domicile(), SEAL_AREA.getUpperRightY() + mm(4));
  }

  /**
   * 登记机关 to the left of the seal's square, the authority's name and the date of issue centred under
   * it, so that the seal stamped later covers none of them. A long authority name is set smaller
   * rather than run past the right margin.
   */
  private void drawAuthority(LicenceSheet sheet) throws IOException {
    float labelWidth = AUTHORITY_LABEL_SIZE * 5;
    float labelBaseline = SEAL_AREA.getLowerLeftY() + SEAL_DIAMETER / 2 - AUTHORITY_LABEL_SIZE / 3;
    text.showSpread(
        AUTHORITY_LABEL,
        SEAL_AREA.getLowerLeftX() - mm(6) - labelWidth,
        labelBaseline,
        AUTHORITY_LABEL_SIZE,
        labelWidth);
    float widest = 2 * (RIGHT - SEAL_CENTRE_X);
    float size = Math.min(AUTHORITY_SIZE, widest / text.width(sheet.authority(), 1));
    float authorityBaseline = SEAL_BOTTOM - mm(2) - size * Typesetter.ASCENT;
    text.showCentred(sheet.authority(), SEAL_CENTRE_X, authorityBaseline, size);
    text.showCentred(
        date(sheet.issuedOn()),
        SEAL_CENTRE_X,
        authorityBaseline - AUTHORITY_SIZE * Typesetter.LINE_SPACING,
        AUTHORITY_SIZE);
  }

  private static String date(LocalDate date) {
    return DATE.format(date);
  }

  /**
   * Label–value rows from the top down, labels spread to one width as on the paper licence. The
   * last row of a column takes whatever room is left and sets its value smaller if it must.
   */
  private final class FieldColumn {

    private static final float LABEL_WIDTH = FIELD_SIZE * 5;
    private static final float LABEL_GAP = FIELD_SIZE * 1.3f;
    private static final float ROW_GAP = FIELD_SIZE * 0.9f;

    private final float x;
    private final float valueX;
    private final float valueWidth;
    private float baseline;

    FieldColumn(float x, float width, float firstBaseline) {
      this.x = x;
      this.valueX = x + LABEL_WIDTH + LABEL_GAP;
      this.valueWidth = width - LABEL_WIDTH - LABEL_GAP;
      this.baseline = firstBaseline;
    }

    void row(String label, String value) throws IOException {
      show(label, text.wrap(value, FIELD_SIZE, valueWidth));
    }

    /** A row whose glyphs end no lower than {@code bottom}. */
    void lastRow(String label, String value, float bottom) throws IOException {
      show(label, text.fit(value, valueWidth, baseline - bottom, FIELD_SIZE, MIN_FIELD_SIZE));
    }

    private void show(String label, Paragraph value) throws IOException {
      text.showSpread(label, x, baseline, FIELD_SIZE, LABEL_WIDTH);
      text.showParagraph(value, valueX, baseline);
      baseline -= value.lines().size() * value.leading() + ROW_GAP;
    }
  }
}
