package cn.oneseal.application.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Renders the business licence (营业执照) as a one-page PDF.
 *
 * <p>The licence must print and display the same everywhere, on machines without any Chinese font,
 * so it embeds Noto Sans SC — only the glyphs it uses (a subset of a few dozen kilobytes instead of
 * the 10 MB font, see {@link EmbeddedFont}). The font comes with the ejb module's build from the
 * npm registry (see {@code ejb/pom.xml}); PDFBox can subset it because its outlines are TrueType,
 * not CFF.
 *
 * <p>The renderer leaves a square of {@link #sealArea()} free beside the registration authority:
 * the authority's electronic seal is stamped there afterwards, on top of the finished page.
 */
public final class LicencePdf {

  static final float STAMP_DROP_MM = 13;

  private static final String LANGUAGE = "zh-CN";
  private static final String CREATOR = "OneSeal";

  private LicencePdf() {}

  /** The licence of {@code sheet} as the bytes of a PDF file. */
  public static byte[] render(LicenceSheet sheet) {
    Objects.requireNonNull(sheet, "sheet");
    try (EmbeddedFont lent = EmbeddedFont.borrow();
        PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(LicencePage.MEDIA_BOX);
      document.addPage(page);
      PDFont font = lent.loadInto(document);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        new LicencePage(stream, new Typesetter(stream, font)).draw(sheet);
      }
      describe(document, sheet);
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the licence of " + sheet.creditCode(), e);
    }
  }

  /**
   * Where the registration authority's seal goes: the bounding square of a 42 mm seal, in PDF user
   * space of the licence's page (points, origin bottom left). Nothing is printed inside it. A new
   * rectangle on each call, so that no caller can move the seal of another.
   */
  public static PDRectangle sealArea() {
    PDRectangle area = LicencePage.SEAL_AREA;
    return new PDRectangle(
        area.getLowerLeftX(), area.getLowerLeftY(), area.getWidth(), area.getHeight());
  }

  /**
   * Where the seal is stamped: over the registration authority's name and date, as on a paper
   * licence — the free {@link #sealArea()} lowered by {@value #STAMP_DROP_MM} mm. The seal is drawn
   * as ink (multiplied), so the print under it stays readable.
   */
  public static PDRectangle stampArea() {
    PDRectangle area = sealArea();
    area.setLowerLeftY(area.getLowerLeftY() - STAMP_DROP_MM / 25.4f * 72);
    area.setUpperRightY(area.getUpperRightY() - STAMP_DROP_MM / 25.4f * 72);
    return area;
  }

  /** Title, author and date for the viewer's document properties and for search indexes. */
  private static void describe(PDDocument document, LicenceSheet sheet) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(LicencePage.TITLE + " " + sheet.creditCode());
    info.setAuthor(sheet.authority());
    info.setCreator(CREATOR);
    info.setCreationDate(new GregorianCalendar());
    document.getDocumentCatalog().setLanguage(LANGUAGE);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    document.getDocumentCatalog().setViewerPreferences(preferences);
  }
}
