package cn.oneseal.application.documents;

import static cn.oneseal.application.documents.LicenceSheets.CREDIT_CODE;
import static cn.oneseal.application.documents.LicenceSheets.VERIFICATION_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class LicencePdfTest {

  /** Printers leave the outermost few millimetres blank; no text may come that close. */
  private static final float PRINT_MARGIN = LicencePage.mm(10);

  /** Rendered for people to look at (and for the QR test): ejb/target/licence-sample.png. */
  private static final Path SAMPLE = Path.of("target", "licence-sample.png");

  @Test
  void theLicenceIsOneLandscapePage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(LicencePdf.render(LicenceSheets.company()))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      PDPage page = pdf.getPage(0);
      assertThat(page.getRotation()).isZero();
      assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
    }
  }

  @Test
  void showsEveryFieldOfTheSheet() throws IOException {
    String text = textOf(LicencePdf.render(LicenceSheets.company()));

    assertThat(text)
        .contains(
            "营业执照",
            "统一社会信用代码" + CREDIT_CODE,
            "名称太原晋创数字科技有限公司",
            "类型有限责任公司（自然人投资或控股）",
            "法定代表人王建国",
            "注册资本壹佰万元整",
            "成立日期2019年03月05日",
            "营业期限2019年03月05日至长期",
            "住所山西省太原市小店区长治路123号晋创大厦15层1501室",
            "经营范围" + withoutSpaces(LicenceSheets.SCOPE),
            "登记机关",
            "山西省行政审批服务管理局",
            "2026年11月27日",
            "扫描二维码验证电子营业执照",
            "电子营业执照与纸质营业执照具有同等法律效力");
  }

  @Test
  void anIndividualBusinessHasNoCapitalRow() throws IOException {
    String text = textOf(LicencePdf.render(LicenceSheets.individualBusiness()));

    assertThat(text)
        .contains("经营者李秀英", "经营场所山西省太原市小店区亲贤北街8号", "成立日期2024年06月18日")
        .doesNotContain("注册资本");
  }

  @Test
  void embedsOnlyASubsetOfTheChineseFont() throws IOException {
    byte[] licence = LicencePdf.render(LicenceSheets.company());

    try (PDDocument pdf = Loader.loadPDF(licence)) {
      PDResources resources = pdf.getPage(0).getResources();
      List<PDFont> fonts = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(
              font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
              });
    }
    // the whole Regular font alone is 10.5 MB
    assertThat(licence.length).isLessThan(300_000);
  }

  @Test
  void theQrCodeLeadsToTheVerificationPage() throws Exception {
    BufferedImage page = renderPage(LicencePdf.render(LicenceSheets.company()));
    Files.createDirectories(SAMPLE.getParent());
    ImageIO.write(page, "png", SAMPLE.toFile());

    assertThat(decodeQrCode(page)).isEqualTo(VERIFICATION_URL);
  }

  @Test
  void theDocumentNamesTheLicenceAndItsAuthority() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(LicencePdf.render(LicenceSheets.company()))) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("营业执照 " + CREDIT_CODE);
      assertThat(info.getAuthor()).isEqualTo("山西省行政审批服务管理局");
      assertThat(info.getCreationDate()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
    }
  }

  @Test
  void theSealAreaIsA42MillimetreSquareOnThePage() {
    PDRectangle seal = LicencePdf.sealArea();

    assertThat(seal.getWidth()).isCloseTo(42 / 25.4f * 72, within(0.01f));
    assertThat(seal.getHeight()).isCloseTo(seal.getWidth(), within(0.01f));
    assertThat(inset(LicencePage.MEDIA_BOX, PRINT_MARGIN).contains(toRectangle(seal))).isTrue();

    seal.setLowerLeftX(0);
    assertThat(LicencePdf.sealArea().getLowerLeftX()).isPositive();
  }

  @Test
  void theSealIsStampedOverTheAuthorityAndItsDateOnly() throws IOException {
    byte[] licence = LicencePdf.render(LicenceSheets.company(LicenceSheets.scopeOfLength(1500)));
    try (PDDocument pdf = Loader.loadPDF(licence)) {
      Rectangle2D stamp = toRectangle(LicencePdf.stampArea());
      assertThat(inset(pdf.getPage(0).getMediaBox(), PRINT_MARGIN).contains(stamp)).isTrue();
      StringBuilder under = new StringBuilder();
      new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          float height = pdf.getPage(0).getMediaBox().getHeight();
          if (stamp.contains(
              text.getXDirAdj() + text.getWidthDirAdj() / 2, height - text.getYDirAdj())) {
            under.append(text.getUnicode());
          }
        }
      }.getText(pdf);
      // the centre of the authority's name and its date lie under the seal
      assertThat(under.toString()).contains("行政审批服务", "2026年11月27日");
      assertThat(under.chars().allMatch(c -> "山西省行政审批服务管理局年月日0123456789".indexOf(c) >= 0))
          .as("only the authority and its date under the seal: %s", under)
          .isTrue();
    }
  }

  @Test
  void aVeryLongBusinessScopeStaysOnThePageClearOfTheSealAndOfOtherText() throws IOException {
    String scope = LicenceSheets.scopeOfLength(1500);
    byte[] licence = LicencePdf.render(LicenceSheets.company(scope));

    try (PDDocument pdf = Loader.loadPDF(licence)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      List<Rectangle2D> glyphs = glyphBoxes(pdf);
      Rectangle2D printable = inset(pdf.getPage(0).getMediaBox(), PRINT_MARGIN);
      Rectangle2D seal = toRectangle(LicencePdf.sealArea());

      assertThat(glyphs).hasSizeGreaterThan(1500);
      assertThat(glyphs)
          .as("glyphs outside the printable area")
          .filteredOn(glyph -> !printable.contains(glyph))
          .isEmpty();
      assertThat(glyphs)
          .as("glyphs in the seal area")
          .filteredOn(glyph -> glyph.intersects(seal))
          .isEmpty();
      assertThat(overlapping(glyphs)).isEmpty();
    }
    assertThat(textOf(licence)).contains(withoutSpaces(scope));
  }

  @Test
  void aScopeTooLongForOnePageIsRefusedRatherThanCut() {
    LicenceSheet sheet = LicenceSheets.company(LicenceSheets.scopeOfLength(6000));

    assertThatThrownBy(() -> LicencePdf.render(sheet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void aSheetWithoutCreditCodeOrNameIsRefused() {
    assertThatThrownBy(() -> withCodeAndName(null, "太原晋创数字科技有限公司"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withCodeAndName("91350100M000100Y44", "太原晋创数字科技有限公司"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credit code");
    assertThatThrownBy(() -> withCodeAndName(CREDIT_CODE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> withCodeAndName(CREDIT_CODE, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  private static LicenceSheet withCodeAndName(String creditCode, String name) {
    LicenceSheet valid = LicenceSheets.company();
    return new LicenceSheet(
        creditCode,
        name,
        valid.type(),
        valid.legalRepresentative(),
        valid.legalRepresentativeLabel(),
        valid.registeredCapital(),
        valid.establishedOn(),
        valid.operatingTerm(),
        valid.domicile(),
        valid.domicileLabel(),
        valid.businessScope(),
        valid.authority(),
        valid.issuedOn(),
        valid.verificationUrl());
  }

  /** The page's text in drawing order, without the spaces and breaks the extraction adds. */
  private static String textOf(byte[] licence) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(licence)) {
      return withoutSpaces(new PDFTextStripper().getText(pdf));
    }
  }

  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s", "");
  }

  private static BufferedImage renderPage(byte[] licence) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(licence)) {
      return new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.RGB);
    }
  }

  private static String decodeQrCode(BufferedImage image) throws NotFoundException {
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader()
        .decode(
            bitmap,
            Map.of(
                DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER,
                Boolean.TRUE))
        .getText();
  }

  /**
   * The box of every glyph in PDF user space: its advance across, and the font's ascent and descent
   * up and down from the baseline.
   */
  private static List<Rectangle2D> glyphBoxes(PDDocument pdf) throws IOException {
    float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
    List<Rectangle2D> boxes = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition glyph) {
            float size = glyph.getFontSizeInPt();
            float baseline = pageHeight - glyph.getYDirAdj();
            float bottom = baseline - size * Typesetter.DESCENT;
            boxes.add(
                new Rectangle2D.Float(glyph.getXDirAdj(), bottom, glyph.getWidthDirAdj(), size));
          }
        };
    stripper.getText(pdf);
    return boxes;
  }

  /** Pairs of glyphs whose boxes overlap by more than rounding. */
  private static List<String> overlapping(List<Rectangle2D> glyphs) {
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      for (int j = i + 1; j < glyphs.size(); j++) {
        Rectangle2D overlap = glyphs.get(i).createIntersection(glyphs.get(j));
        if (overlap.getWidth() > 0.05 && overlap.getHeight() > 0.05) {
          overlaps.add(glyphs.get(i) + " / " + glyphs.get(j));
        }
      }
    }
    return overlaps;
  }

  private static Rectangle2D inset(PDRectangle box, float margin) {
    return new Rectangle2D.Float(
        box.getLowerLeftX() + margin,
        box.getLowerLeftY() + margin,
        box.getWidth() - 2 * margin,
        box.getHeight() - 2 * margin);
  }

  private static Rectangle2D toRectangle(PDRectangle box) {
    return new Rectangle2D.Float(
        box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
  }
}
