package cn.oneseal.application.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The parsed font is shared by documents one after another, never by two at once: notices rendered
 * side by side each show their own text in their own embedded subset of the font.
 */
class EmbeddedFontTest {

  @Test
  void noticesRenderedAtOnceEachEmbedASubsetWithTheirOwnText() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<String> addressees = new ArrayList<>();
      List<Future<String>> texts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String addressee = "太原" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + (i + 1) + "号餐饮有限公司";
        addressees.add(addressee);
        texts.add(pool.submit(renderAndRead(addressee)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(texts.get(i).get()).contains(addressees.get(i) + "：");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aFontGivenBackIsEmbeddedAgainInTheNextDocument() throws Exception {
    for (int i = 0; i < EmbeddedFont.KEPT + 2; i++) {
      byte[] pdf = NoticePdf.render(notice("申请人" + i)).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
            .contains("申请人" + i + "：");
      }
    }
  }

  @Test
  void whenEveryKeptFontIsLentADocumentWaitsForOneInsteadOfParsingAnother() throws Exception {
    List<EmbeddedFont> lent = new ArrayList<>();
    for (int i = 0; i < EmbeddedFont.KEPT; i++) {
      lent.add(EmbeddedFont.borrow());
    }
    long parsed = EmbeddedFont.parsesSoFar();
    ExecutorService another = Executors.newSingleThreadExecutor();
    try {
      Future<String> waiting = another.submit(renderAndRead("太原晋阳湖餐饮有限公司"));
      Thread.sleep(EmbeddedFont.PATIENCE.toMillis() / 10);
      assertThat(waiting).as("no font is free: the document waits").isNotDone();
      lent.remove(0).close();
      assertThat(waiting.get()).contains("太原晋阳湖餐饮有限公司：");
      assertThat(EmbeddedFont.parsesSoFar()).as("it took the font given back").isEqualTo(parsed);
    } finally {
      another.shutdown();
      for (EmbeddedFont font : lent) {
        font.close();
      }
    }
  }

  @Test
  void lettersAreDrawnOneGlyphEachWithoutLigatures() throws Exception {
    try (EmbeddedFont lent = EmbeddedFont.borrow();
        PDDocument document = new PDDocument()) {
      PDType0Font font = (PDType0Font) lent.loadInto(document);
      assertThat(font.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
    }
    String addressee = "Office Fluffy Waffles 有限公司";
    byte[] pdf = NoticePdf.render(notice(addressee)).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // ffi, ffl and fl stay letters: what a reader copies is what the applicant wrote
      assertThat(new PDFTextStripper().getText(document)).contains(addressee + "：");
    }
  }

  private static Callable<String> renderAndRead(String addressee) {
    return () -> {
      byte[] pdf = NoticePdf.render(notice(addressee)).pdf();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        PDFont font = document.getPage(0).getResources().getFont(firstFont(document));
        assertThat(font).isInstanceOf(PDType0Font.class);
        // a subset's name has a six-letter tag: ABCDEF+NotoSansSC-Regular
        assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
        assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
            .isNotNull();
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        assertThat(text).contains(addressee + "：", "准予行政许可决定书");
        return text;
      }
    };
  }

  private static COSName firstFont(PDDocument document) {
    return document.getPage(0).getResources().getFontNames().iterator().next();
  }

  private static NoticeSheet notice(String addressee) {
    return new NoticeSheet(
        "山西省行政审批服务管理局",
        "晋审批许字〔2026〕XK20261127000001号",
        "准予行政许可决定书",
        addressee,
        List.of("经审查，你（单位）的申请符合法定条件，本机关决定准予行政许可。"),
        LocalDate.of(2026, 11, 27),
        "http://localhost:8080/verify.xhtml?document=1");
  }
}
