package cn.oneseal.infrastructure.seal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A signature's {@code /ByteRange} {@code [0 b c d]} checked against the file: the signed bytes are
 * {@code [0, b)} and {@code [c, c + d)}, and the hole {@code [b, c)} between them must hold nothing
 * but the signature value, as one hex string {@code <…>}. A hole with anything else in it could
 * hide content the signature does not cover.
 */
record SignedRange(int holeStart, int holeEnd, int end) {

  /**
   * The range, if {@code byteRange} is well formed for a file of {@code pdf.length} bytes with a
   * proper hex string in the hole; empty otherwise.
   */
  static Optional<SignedRange> of(int[] byteRange, byte[] pdf) {
    if (byteRange == null || byteRange.length != 4 || byteRange[0] != 0) {
      return Optional.empty();
    }
    long holeStart = byteRange[1];
    long holeEnd = byteRange[2];
    long end = holeEnd + byteRange[3];
    boolean inFile =
        holeStart > 0 && holeEnd >= holeStart + 2 && byteRange[3] >= 0 && end <= pdf.length;
    if (!inFile || !isHexString(pdf, (int) holeStart, (int) holeEnd)) {
      return Optional.empty();
    }
    return Optional.of(new SignedRange((int) holeStart, (int) holeEnd, (int) end));
  }

  /** Whether the signed bytes reach the end of the file: nothing was appended after signing. */
  boolean coversWholeFile(byte[] pdf) {
    return end == pdf.length;
  }

  /** The bytes the signature covers, without the hole. */
  byte[] signedBytes(byte[] pdf) {
    byte[] signed = Arrays.copyOf(pdf, holeStart + (end - holeEnd));
    System.arraycopy(pdf, holeEnd, signed, holeStart, end - holeEnd);
    return signed;
  }

  /** The signature value in the hole, decoded. */
  byte[] contents(byte[] pdf) {
    return HexFormat.of()
        .parseHex(
            new String(pdf, holeStart + 1, holeEnd - holeStart - 2, StandardCharsets.US_ASCII));
  }

  private static boolean isHexString(byte[] pdf, int start, int end) {
    if (pdf[start] != '<' || pdf[end - 1] != '>' || (end - start) % 2 != 0) {
      return false;
    }
    for (int i = start + 1; i < end - 1; i++) {
      if (Character.digit(pdf[i], 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
