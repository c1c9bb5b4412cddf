package cn.oneseal.application.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Notices and decisions: the official layout, every paragraph, pages, and room for the seal. */
class NoticePdfTest {

  static final String ISSUER = "山西省行政审批服务管理局";

  static NoticeSheet acceptance() {
    return new NoticeSheet(
        ISSUER,
        "晋审批受字〔2026〕XK20261127000001号",
        "受理通知书",
        "太原瑞祥餐饮有限公司",
        List.of(
            "你（单位）于2026年11月27日提出的有限责任公司设立登记申请，经审查，申请材料齐全、符合法定形式，本机关决定予以受理。",
            "本机关将在受理之日起3个工作日内作出决定。如对受理有异议，可拨打投诉电话12345。"),
        LocalDate.of(2026, 11, 27),
        "http://localhost:8080/verify.xhtml?document=1");
  }

  @Test
  void aNoticeShowsItsHeadTitleAddresseeParagraphsIssuerAndDate() throws IOException {
    RenderedDocument rendered = NoticePdf.render(acceptance());
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertThat(text)
          .contains(
              ISSUER,
              "晋审批受字〔2026〕XK20261127000001号",
              "受理通知书",
              "太原瑞祥餐饮有限公司：",
              "申请材料齐全、符合法定形式",
              "投诉电话12345",
              "2026年11月27日");
      assertThat(pdf.getPage(0).getMediaBox().getHeight())
          .isGreaterThan(pdf.getPage(0).getMediaBox().getWidth());
      Files.createDirectories(Path.of("target"));
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100, ImageType.RGB);
      ImageIO.write(image, "png", Path.of("target/notice-sample.png").toFile());
    }
    assertThat(rendered.sealPage()).isZero();
  }

  @Test
  void aLongCorrectionListFlowsOntoMorePagesAndTheSealGoesOnTheLast() throws IOException {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("你（单位）提交的申请材料不齐全，请一次性补正以下材料：");
    IntStream.rangeClosed(1, 40)
        .forEach(i -> paragraphs.add("（" + i + "）第" + i + "项材料：公司章程需全体股东签字并注明日期，复印件需加盖公章。"));
    NoticeSheet sheet =
        new NoticeSheet(
            ISSUER,
            "晋审批补字〔2026〕1号",
            "补正材料通知书",
            "张三",
            paragraphs,
            LocalDate.of(2026, 11, 27),
            "http://localhost:8080/v?d=2");
    RenderedDocument rendered = NoticePdf.render(sheet);
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      assertThat(rendered.sealPage()).isEqualTo(pdf.getNumberOfPages() - 1);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertThat(text).contains("（1）第1项材料", "（40）第40项材料", "—1/3—", "—3/3—");
      assertNoTextInside(pdf, rendered.sealPage(), rendered.sealArea(), ISSUER + "2026年11月27日");
    }
  }

  @Test
  void theSealSquareSitsOverTheIssuerInsideThePage() throws IOException {
    RenderedDocument rendered = NoticePdf.render(acceptance());
    PDRectangle area = rendered.sealArea();
    PDRectangle page = PDRectangle.A4;
    assertThat(area.getLowerLeftX()).isPositive();
    assertThat(area.getUpperRightX()).isLessThan(page.getWidth());
    assertThat(area.getLowerLeftY()).isPositive();
    try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
      // the only text under the seal is the issuer and the date it authenticates
      assertNoTextInside(pdf, 0, area, ISSUER + "2026年11月27日");
    }
  }

  @Test
  void aNoticeWithoutBodyIsRefused() {
    assertThatThrownBy(
            () ->
                new NoticeSheet(ISSUER, "1", "受理通知书", "张三", List.of(), LocalDate.now(), "http://x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every glyph inside {@code area} on {@code page} belongs to {@code allowed}. */
  private static void assertNoTextInside(PDDocument pdf, int page, PDRectangle area, String allowed)
      throws IOException {
    float height = pdf.getPage(page).getMediaBox().getHeight();
    Rectangle2D box =
        new Rectangle2D.Float(
            area.getLowerLeftX(),
            height - area.getUpperRightY(),
            area.getWidth(),
            area.getHeight());
    List<String> inside = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            if (box.contains(text.getXDirAdj() + text.getWidthDirAdj() / 2, text.getYDirAdj())) {
              inside.add(text.getUnicode());
            }
          }
        };
    stripper.setStartPage(page + 1);
    stripper.setEndPage(page + 1);
    stripper.getText(pdf);
    assertThat(inside).allSatisfy(glyph -> assertThat(allowed).contains(glyph));
  }
}
