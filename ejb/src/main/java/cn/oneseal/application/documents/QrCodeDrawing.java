package cn.oneseal.application.documents;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a QR code as vector rectangles, so that it stays sharp at any zoom and in any print.
 *
 * <p>Error correction M (15 %) survives a fold or a stain on a printed licence while keeping the
 * modules large enough for a phone camera. Each row's dark modules are merged into runs and the
 * whole symbol is filled as one path, so viewers show no hairline seams between neighbouring
 * modules. The quiet zone (four modules of white around the symbol) is not drawn: the layout keeps
 * it free, see {@link #quietZone}.
 */
final class QrCodeDrawing {

  /** The white margin a reader needs around the symbol, in modules. */
  private static final int QUIET_ZONE_MODULES = 4;

  private final ByteMatrix matrix;

  private QrCodeDrawing(ByteMatrix matrix) {
    this.matrix = matrix;
  }

  /** The symbol for {@code content}; refuses content too long for any QR code. */
  static QrCodeDrawing of(String content) {
    try {
      return new QrCodeDrawing(Encoder.encode(content, ErrorCorrectionLevel.M).getMatrix());
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + content, e);
    }
  }

  /** Modules per side, without the quiet zone. */
  int modules() {
    return matrix.getWidth();
  }

  /** The width of the quiet zone of the symbol drawn {@code size} points wide. */
  float quietZone(float size) {
    return size / modules() * QUIET_ZONE_MODULES;
  }

  /** Draws the symbol as a {@code size}-point square whose top left corner is {@code (x, top)}. */
  void draw(PDPageContentStream stream, float x, float top, float size) throws IOException {
    float module = size / modules();
    stream.saveGraphicsState();
    stream.setNonStrokingColor(Color.BLACK);
    for (int row = 0; row < modules(); row++) {
      int column = 0;
      while (column < modules()) {
        if (!isDark(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < modules() && isDark(column, row)) {
          column++;
        }
        stream.addRect(
            x + start * module, top - (row + 1) * module, (column - start) * module, module);
      }
    }
    stream.fill();
    stream.restoreGraphicsState();
  }

  private boolean isDark(int column, int row) {
    return matrix.get(column, row) == 1;
  }
}
