package cn.oneseal.application.documents;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Sets text on one page in the licence's single embedded font. Positions are baselines in PDF user
 * space (points, origin bottom left); sizes are in points.
 *
 * <p>It knows the font's vertical metrics as fractions of the size, so that the layout can keep
 * whole glyphs — not only baselines — inside the boxes it reserves.
 */
final class Typesetter {

  /** Height of the tallest glyphs above the baseline, as a fraction of the size (Noto Sans SC). */
  static final float ASCENT = 0.88f;

  /** Depth of the lowest glyphs below the baseline, as a fraction of the size (Noto Sans SC). */
  static final float DESCENT = 0.12f;

  /** Baseline-to-baseline distance of wrapped lines, as a multiple of the size. */
  static final float LINE_SPACING = 1.45f;

  /** Outline width of the bold effect, as a fraction of the size. */
  private static final float BOLD_STROKE = 0.025f;

  /** Text set into a box: its lines and the size that made them fit. */
  record Paragraph(List<String> lines, float size) {

    float leading() {
      return size * LINE_SPACING;
    }

    /** How far the glyphs reach below the first line's baseline. */
    float depth() {
      return (lines.size() - 1) * leading() + size * DESCENT;
    }
  }

  private final PDPageContentStream stream;
  private final PDFont font;

  Typesetter(PDPageContentStream stream, PDFont font) {
    this.stream = stream;
    this.font = font;
  }

  float width(String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  void show(String text, float x, float baseline, float size) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, baseline);
    stream.showText(text);
    stream.endText();
  }

  void showCentred(String text, float centre, float baseline, float size) throws IOException {
    show(text, centre - width(text, size) / 2, baseline, size);
  }

  /**
   * Shows {@code text} centred with {@code spacing} points between its characters, drawn filled and
   * outlined: a bold weight from the one Regular font the licence embeds.
   */
  void showBoldSpaced(String text, float centre, float baseline, float size, float spacing)
      throws IOException {
    int characters = text.codePointCount(0, text.length());
    float width = width(text, size) + spacing * (characters - 1);
    stream.saveGraphicsState();
    stream.setLineWidth(size * BOLD_STROKE);
    stream.beginText();
    stream.setFont(font, size);
    stream.setRenderingMode(RenderingMode.FILL_STROKE);
    stream.setCharacterSpacing(spacing);
    stream.newLineAtOffset(centre - width / 2, baseline);
    stream.showText(text);
    stream.endText();
    stream.restoreGraphicsState();
  }

  /**
   * Spreads the characters of a field label evenly over {@code width}, first character at {@code
   * x}, last one ending at {@code x + width} — the way 名　　称 lines up with 法定代表人 on a licence. A
   * label too long for the width (执行事务合伙人) is condensed instead, keeping its height and baseline in
   * line with the other labels.
   */
  void showSpread(String label, float x, float baseline, float size, float width)
      throws IOException {
    int[] characters = label.codePoints().toArray();
    float natural = width(label, size);
    if (natural > width) {
      showCondensed(label, x, baseline, size, width / natural);
      return;
    }
    if (characters.length < 2) {
      show(label, x, baseline, size);
      return;
    }
    float gap = (width - natural) / (characters.length - 1);
    float position = x;
    for (int character : characters) {
      String glyph = Character.toString(character);
      show(glyph, position, baseline, size);
      position += width(glyph, size) + gap;
    }
  }

  private void showCondensed(String text, float x, float baseline, float size, float scale)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.setHorizontalScaling(scale * 100);
    stream.newLineAtOffset(x, baseline);
    stream.showText(text);
    stream.setHorizontalScaling(100);
    stream.endText();
  }

  /** Shows the lines of {@code paragraph} from {@code firstBaseline} downwards. */
  void showParagraph(Paragraph paragraph, float x, float firstBaseline) throws IOException {
    float baseline = firstBaseline;
    for (String line : paragraph.lines()) {
      show(line, x, baseline, paragraph.size());
      baseline -= paragraph.leading();
    }
  }

  /** {@code text} wrapped to {@code width} at {@code size}. */
  Paragraph wrap(String text, float size, float width) throws IOException {
    return new Paragraph(LineBreaker.lines(text, part -> width(part, size), width), size);
  }

  /**
   * {@code text} wrapped to {@code width} at the largest size from {@code maxSize} down to {@code
   * minSize} (in quarter points) whose glyphs reach no more than {@code depth} below the first
   * baseline.
   *
   * @throws IllegalArgumentException if the text does not fit even at {@code minSize}: a licence
   *     must never lose part of what was registered
   */
  Paragraph fit(String text, float width, float depth, float maxSize, float minSize)
      throws IOException {
    for (float size = maxSize; size >= minSize; size -= 0.25f) {
      Paragraph paragraph = wrap(text, size, width);
      if (paragraph.depth() <= depth) {
        return paragraph;
      }
    }
    throw new IllegalArgumentException(
        "text of "
            + text.length()
            + " characters does not fit into "
            + width
            + " pt with "
            + depth
            + " pt below the first line even at "
            + minSize
            + " pt");
  }
}
