package cn.oneseal.infrastructure.seal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The picture of the bureau's seal, drawn the way the State Council's rules on the seals of
 * administrative organs describe one: round, a red rim, a five-pointed star in the centre and the
 * organ's name around it from left to right, here with the seal's purpose in a line below the star.
 *
 * <p>The geometry is that of a 42 mm seal (the size a licence reserves for it) scaled to the
 * requested pixels: a 1.2 mm rim, a star 14 mm across, the name in characters 6 mm high and
 * condensed as on real seals, spread over an arc that grows with the name up to 220°. The name uses
 * Noto Sans SC, the font the licences embed; outlines are filled and stroked a little to give the
 * weight of engraved characters. The background is transparent so that the page shows through, as
 * under a real stamp.
 */
public final class SealImage {

  /**
   * The line below the star: what the seal is for. Part of the seal itself, like the name, so never
   * translated.
   */
  private static final String PURPOSE = "行政审批专用章";

  /** Seal ink: a warm, slightly dark red, as stamp pads print it. */
  private static final Color INK = new Color(0xD8, 0x1E, 0x2A);

  private static final String FONT_RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

  /** The model's diameter in millimetres; all lengths below are in millimetres of that model. */
  private static final double DIAMETER = 42;

  private static final double RIM_WIDTH = 1.2;
  private static final double RIM_OUTER = DIAMETER / 2 - 0.15;
  private static final double STAR_RADIUS = 7;
  private static final double STAR_INNER_RATIO = 0.382;

  private static final double NAME_HEIGHT = 6;
  private static final double NAME_MIN_HEIGHT = 4.5;
  private static final double NAME_GAP = 0.9;
  private static final double NAME_TOP = RIM_OUTER - RIM_WIDTH - NAME_GAP;
  private static final double NAME_WIDTH_RATIO = 0.72;
  private static final double NAME_MIN_WIDTH_RATIO = 0.45;
  private static final double NAME_PITCH_DEGREES = 19;
  private static final double NAME_MIN_SPAN_DEGREES = 110;
  private static final double NAME_MAX_SPAN_DEGREES = 220;
  private static final double NAME_LETTER_GAP = 0.5;

  private static final double PURPOSE_HEIGHT = 4.2;
  private static final double PURPOSE_BOTTOM = 12.2;
  private static final double PURPOSE_WIDTH_RATIO = 0.85;

  /** Extra outline on each glyph, as a fraction of its height: the engraved weight. */
  private static final double BOLDNESS = 0.045;

  /** Noto Sans SC's ideographic em box reaches this far below the baseline (fraction of size). */
  private static final double EM_DESCENT = 0.12;

  /** Glyph outlines are taken at this size and scaled, to keep their curves exact. */
  private static final float OUTLINE_SIZE = 100;

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private SealImage() {}

  /**
   * The seal of {@code bureauName} as a PNG of {@code sizePx} × {@code sizePx} pixels (RGBA, the
   * seal touching the edges, transparent around it).
   *
   * <p>Every pixel has the ink's colour; only its opacity draws the seal. A PDF keeps colour and
   * opacity as two images: the colour one is then a single colour and compresses to almost nothing,
   * where with the transparent pixels black it held every edge a second time (90 of a sealed
   * notice's 212 KB, all of it hashed for the SM2 signature; issue 18).
   */
  public static byte[] png(String bureauName, int sizePx) {
    if (bureauName == null || bureauName.isBlank()) {
      throw new IllegalArgumentException("a seal needs the bureau's name");
    }
    if (sizePx < 64) {
      throw new IllegalArgumentException("a seal under 64 px is not legible: " + sizePx);
    }
    BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.translate(sizePx / 2.0, sizePx / 2.0);
      g.scale(sizePx / DIAMETER, sizePx / DIAMETER);
      g.setColor(INK);
      drawRim(g);
      g.fill(star());
      drawName(g, bureauName.strip());
      drawPurpose(g);
    } finally {
      g.dispose();
    }
    inkEverywhere(image);
    return encode(image);
  }

  private static void drawRim(Graphics2D g) {
    double radius = RIM_OUTER - RIM_WIDTH / 2;
    g.setStroke(new BasicStroke((float) RIM_WIDTH));
    g.draw(new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius));
  }

  /** A regular five-pointed star, one point up, centred on the seal. */
  private static Shape star() {
    Path2D.Double star = new Path2D.Double();
    for (int corner = 0; corner < 10; corner++) {
      double radius = corner % 2 == 0 ? STAR_RADIUS : STAR_RADIUS * STAR_INNER_RATIO;
      double angle = Math.toRadians(-90 + 36 * corner);
      double x = radius * Math.cos(angle);
      double y = radius * Math.sin(angle);
      if (corner == 0) {
        star.moveTo(x, y);
      } else {
        star.lineTo(x, y);
      }
    }
    star.closePath();
    return star;
  }

  /**
   * The name clockwise along the upper arc, each character upright towards the rim. A short name is
   * spread over at least {@value #NAME_MIN_SPAN_DEGREES}°; a long one is condensed, and a very long
   * one also set smaller, to stay within {@value #NAME_MAX_SPAN_DEGREES}° so that it never runs
   * into the line below the star.
   */
  private static void drawName(Graphics2D g, String name) {
    int[] characters = name.codePoints().toArray();
    int count = characters.length;
    double span =
        count == 1
            ? 0
            : Math.max(
                NAME_MIN_SPAN_DEGREES,
                Math.min(NAME_MAX_SPAN_DEGREES, NAME_PITCH_DEGREES * (count - 1)));
    double pitch = count == 1 ? 0 : Math.toRadians(span / (count - 1));
    double room = count == 1 ? NAME_HEIGHT : pitch * (NAME_TOP - NAME_HEIGHT / 2) - NAME_LETTER_GAP;
    double width = Math.min(NAME_HEIGHT * NAME_WIDTH_RATIO, room);
    double height = Math.max(NAME_MIN_HEIGHT, Math.min(NAME_HEIGHT, width / NAME_MIN_WIDTH_RATIO));
    double first = -Math.toRadians(span) / 2;
    for (int i = 0; i < count; i++) {
      AffineTransform place = new AffineTransform();
      place.rotate(first + i * pitch);
      place.translate(0, -(NAME_TOP - height));
      fillGlyphs(g, Character.toString(characters[i]), place, height, width / height);
    }
  }

  private static void drawPurpose(Graphics2D g) {
    fillGlyphs(
        g,
        PURPOSE,
        AffineTransform.getTranslateInstance(0, PURPOSE_BOTTOM),
        PURPOSE_HEIGHT,
        PURPOSE_WIDTH_RATIO);
  }

  /**
   * Fills {@code text} horizontally centred on the origin of {@code place}, the bottom of its em
   * box on that origin (y grows downwards), {@code height} millimetres high and condensed to {@code
   * widthRatio} of its natural width.
   */
  private static void fillGlyphs(
      Graphics2D g, String text, AffineTransform place, double height, double widthRatio) {
    Font font = Fonts.SEAL.deriveFont(OUTLINE_SIZE);
    Shape outline = font.createGlyphVector(FRC, text).getOutline();
    double advance = font.getStringBounds(text, FRC).getWidth();
    double scale = height / OUTLINE_SIZE;
    AffineTransform glyphs = new AffineTransform(place);
    glyphs.scale(scale * widthRatio, scale);
    glyphs.translate(-advance / 2, -EM_DESCENT * OUTLINE_SIZE);
    Shape shape = glyphs.createTransformedShape(outline);
    g.fill(shape);
    g.setStroke(
        new BasicStroke(
            (float) (height * BOLDNESS), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
  }

  /** Gives every pixel the ink's colour and keeps its opacity (non-premultiplied ARGB). */
  private static void inkEverywhere(BufferedImage image) {
    int ink = INK.getRGB() & 0x00FFFFFF;
    int width = image.getWidth();
    int[] row = new int[width];
    for (int y = 0; y < image.getHeight(); y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        row[x] = (row[x] & 0xFF000000) | ink;
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
  }

  private static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", png)) {
        throw new IllegalStateException("this Java runtime has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the seal image", e);
    }
    return png.toByteArray();
  }

  /** Loaded once, on first use: {@link Font#createFont} copies the 10 MB font to a temp file. */
  private static final class Fonts {

    static final Font SEAL = load();

    private static Font load() {
      try (InputStream in = SealImage.class.getResourceAsStream(FONT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              FONT_RESOURCE
                  + " is not on the classpath: the ejb module's build copies it from"
                  + " node_modules after `npm ci` (see ejb/pom.xml)");
        }
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + FONT_RESOURCE, e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(FONT_RESOURCE + " is not a TrueType font", e);
      }
    }
  }
}
