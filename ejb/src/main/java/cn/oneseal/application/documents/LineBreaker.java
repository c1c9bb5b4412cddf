package cn.oneseal.application.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines no wider than a given width.
 *
 * <p>Chinese puts no spaces between words, so a line may end after almost any character. The
 * exceptions are those of Chinese typesetting (避头尾): closing punctuation such as ，。、）must not start
 * a line and opening punctuation such as （《“ must not end one, so each sticks to its neighbour.
 * Runs of Latin letters and digits ("1501室", "100万元") stay whole as well; only a run wider than the
 * whole line is cut.
 */
final class LineBreaker {

  /** Characters that never begin a line. */
  private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…·%,.;:?!)]}";

  /** Characters that never end a line. */
  private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

  /** The width of a piece of text, in the unit of the line width. */
  @FunctionalInterface
  interface Measure {
    float width(String text) throws IOException;
  }

  private LineBreaker() {}

  /**
   * The lines of {@code text} in reading order. Line breaks in the text are kept; spaces at the
   * start and end of a line are dropped.
   */
  static List<String> lines(String text, Measure measure, float maxWidth) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\R")) {
      breakParagraph(paragraph.strip(), measure, maxWidth, lines);
    }
    return lines;
  }

  private static void breakParagraph(
      String paragraph, Measure measure, float maxWidth, List<String> lines) throws IOException {
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    for (String unit : units(paragraph)) {
      float unitWidth = measure.width(unit);
      if (lineWidth + unitWidth > maxWidth && !line.isEmpty()) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        lineWidth = 0;
      }
      if (line.isEmpty() && unit.isBlank()) {
        continue;
      }
      if (unitWidth > maxWidth) {
        lineWidth = cutOverlongUnit(unit, measure, maxWidth, line, lines);
      } else {
        line.append(unit);
        lineWidth += unitWidth;
      }
    }
    lines.add(line.toString().stripTrailing());
  }

  /**
   * Spreads a unit wider than a whole line over as many lines as it needs; the last piece stays in
   * {@code line}, and its width is returned.
   */
  private static float cutOverlongUnit(
      String unit, Measure measure, float maxWidth, StringBuilder line, List<String> lines)
      throws IOException {
    float lineWidth = 0;
    for (int i = 0; i < unit.length(); i = unit.offsetByCodePoints(i, 1)) {
      String character = unit.substring(i, unit.offsetByCodePoints(i, 1));
      float width = measure.width(character);
      if (lineWidth + width > maxWidth && !line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      line.append(character);
      lineWidth += width;
    }
    return lineWidth;
  }

  /** The text cut at every place where a line may break. */
  private static List<String> units(String paragraph) {
    List<String> units = new ArrayList<>();
    int[] characters = paragraph.codePoints().toArray();
    StringBuilder unit = new StringBuilder();
    for (int i = 0; i < characters.length; i++) {
      if (i > 0 && mayBreakBetween(characters[i - 1], characters[i])) {
        units.add(unit.toString());
        unit.setLength(0);
      }
      unit.appendCodePoint(characters[i]);
    }
    if (!unit.isEmpty()) {
      units.add(unit.toString());
    }
    return units;
  }

  private static boolean mayBreakBetween(int before, int after) {
    if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
      return false;
    }
    return !(isLatin(before) && isLatin(after));
  }

  private static boolean isLatin(int character) {
    return character < 0x80 && !Character.isWhitespace(character);
  }
}
