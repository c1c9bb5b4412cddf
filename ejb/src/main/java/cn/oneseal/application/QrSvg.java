package cn.oneseal.application;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code as an inline SVG image (one path, dark modules merged into runs per row, with the quiet
 * zone), so that a page shows it without an image request and it stays sharp on any screen.
 */
final class QrSvg {

  private static final int QUIET_ZONE = 4;

  private QrSvg() {}

  static String of(String content, String label) {
    ByteMatrix matrix;
    try {
      matrix = Encoder.encode(content, ErrorCorrectionLevel.M).getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code", e);
    }
    int size = matrix.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (matrix.get(x, y) != 1) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
          x++;
        }
        path.append('M')
            .append(start + QUIET_ZONE)
            .append(' ')
            .append(y + QUIET_ZONE)
            .append('h')
            .append(x - start)
            .append("v1h-")
            .append(x - start)
            .append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" role=\"img\" aria-label=\""
        + label.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
