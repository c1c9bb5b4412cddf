package cn.oneseal.application.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded CJK font (Noto Sans SC) of every PDF the bureau produces, parsed once and lent to
 * one document at a time.
 *
 * <p>Parsing the 10 MB font (its character map of some 30,000 characters, its metrics) took about
 * 40 ms — a fifth of a sealed document (issue 18, docs/performance.md "Sealing a document"). A
 * parsed {@link TrueTypeFont} is not thread-safe (it reads its tables lazily and caches glyphs),
 * and a document needs it until it is saved, when PDFBox writes the subset of the glyphs it used.
 * So parsed fonts are kept in a small pool: a document borrows one for its whole life and gives it
 * back when closed; more documents at once parse more, and only {@link #KEPT} are kept.
 *
 * <p>A parsed font holds ≈ 28 MB of heap (fontbox copies the file into it and parses its character
 * maps, glyph names and substitutions), so the pool keeps one per processor, at most four: no more
 * documents can be rendered at once anyway, and a rendering used to allocate as much per document.
 * When that many are lent, a document waits for one to come back ({@link #PATIENCE}) rather than
 * parse another: in the benchmark with eight clients on two cores, parsing fonts that were thrown
 * away after one document was 1.6 % of the server's CPU samples, besides 28 MB of garbage each
 * (issue 18). Only after that wait (a document holding a font for so long, or one rendered inside
 * another) is another parsed.
 *
 * <pre>{@code
 * try (EmbeddedFont lent = EmbeddedFont.borrow();
 *     PDDocument document = new PDDocument()) {
 *   PDFont font = lent.loadInto(document);
 *   ... draw, then document.save(...)
 * }
 * }</pre>
 *
 * The document is declared after the font so that it is closed first.
 */
public final class EmbeddedFont implements AutoCloseable {

  static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

  /** Parsed fonts kept for reuse: as many as documents can be rendered at once, at most four. */
  static final int KEPT = Math.min(4, Runtime.getRuntime().availableProcessors());

  /** How long a document waits for a lent font to come back before it parses one of its own. */
  static final Duration PATIENCE = Duration.ofSeconds(1);

  private static final BlockingQueue<TrueTypeFont> IDLE = new ArrayBlockingQueue<>(KEPT);

  /** Parsed fonts alive: lent or idle. */
  private static final AtomicInteger ALIVE = new AtomicInteger();

  /** Fonts parsed since the class was loaded (for the tests). */
  private static final AtomicLong PARSES = new AtomicLong();

  private TrueTypeFont ttf;

  private EmbeddedFont(TrueTypeFont ttf) {
    this.ttf = ttf;
  }

  /** A parsed font for one document, to be {@linkplain #close() given back} after it is saved. */
  public static EmbeddedFont borrow() {
    TrueTypeFont font = IDLE.poll();
    if (font == null && ALIVE.get() >= KEPT) {
      font = awaitGivenBack();
    }
    if (font == null) {
      ALIVE.incrementAndGet();
      font = parse();
    }
    return new EmbeddedFont(font);
  }

  /** A font given back within {@link #PATIENCE}, or {@code null}. */
  private static TrueTypeFont awaitGivenBack() {
    try {
      return IDLE.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  static long parsesSoFar() {
    return PARSES.get();
  }

  /** The font in {@code document}, embedded as the subset of the glyphs drawn with it. */
  public PDFont loadInto(PDDocument document) throws IOException {
    if (ttf == null) {
      throw new IllegalStateException("the font was given back");
    }
    return PDType0Font.load(document, ttf, true);
  }

  /** Gives the parsed font back to the pool, or releases it when the pool is full. */
  @Override
  public void close() throws IOException {
    TrueTypeFont lent = ttf;
    ttf = null;
    if (lent != null && !IDLE.offer(lent)) {
      ALIVE.decrementAndGet();
      lent.close();
    }
  }

  private static TrueTypeFont parse() {
    PARSES.incrementAndGet();
    try {
      // the buffer wraps the shared bytes without copying them; each parse has its own position
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FontBytes.FONT));
      withoutGlyphSubstitution(font);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + RESOURCE, e);
    }
  }

  /**
   * Takes the glyph substitution table (GSUB) out of the parsed font, so that PDFBox draws each
   * character with its own glyph. The font's first GSUB script is Latin: with it, PDFBox ran its
   * Latin ligature worker (ccmp, liga, clig; a regular-expression tokenizer) over every line of
   * every document, Chinese ones included, for 1.6 % of the server's CPU in the whole-case
   * benchmark (issue 18). Chinese is set without substitutions; the Latin text of a notice
   * (numbers, codes, addresses) gains nothing from ligatures, and without them a copied "fi" is
   * still two letters. The subset embedded in a document never carried GSUB.
   */
  static void withoutGlyphSubstitution(TrueTypeFont font) {
    font.getTableMap().remove(GlyphSubstitutionTable.TAG);
  }

  /** The font file, read from the classpath once. */
  private static final class FontBytes {
    static final byte[] FONT = read();

    private static byte[] read() {
      try (InputStream font = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
        if (font == null) {
          throw new IllegalStateException(
              RESOURCE
                  + " is not on the classpath: the ejb module's build copies it from node_modules"
                  + " after `npm ci` (see ejb/pom.xml)");
        }
        return font.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
