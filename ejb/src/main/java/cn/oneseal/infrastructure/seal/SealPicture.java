package cn.oneseal.infrastructure.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The seal image as a PDF image XObject, decoded from its PNG and compressed once.
 *
 * <p>PDFBox turns a PNG with transparency into a PDF image by decoding every pixel and compressing
 * colour and alpha again with PNG predictors; for the 1000-pixel seal that took about 150 ms, two
 * thirds of a sealed document (issue 18, docs/performance.md "Sealing a document"). Done once, each
 * seal only copies the compressed bytes (colour and soft mask) into its document, as they are.
 *
 * <p>Immutable and thread-safe: every copy gets its own streams and dictionaries.
 */
final class SealPicture {

  private final Encoded image;

  private SealPicture(Encoded image) {
    this.image = image;
  }

  /** The picture of {@code png}, decoded and compressed for PDF. */
  static SealPicture of(byte[] png) {
    try (PDDocument scratch = new PDDocument()) {
      PDImageXObject image = PDImageXObject.createFromByteArray(scratch, png, "seal.png");
      return new SealPicture(Encoded.of(image.getCOSObject()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the seal image", e);
    }
  }

  /** A new image XObject of {@code document} with the picture's compressed bytes. */
  PDImageXObject copyInto(PDDocument document) throws IOException {
    return new PDImageXObject(new PDStream(image.copyInto(document)), null);
  }

  /**
   * One image stream, its dictionary (filter, predictor, size, colour space) and its raw, still
   * compressed bytes; the soft mask, if any, likewise.
   */
  private record Encoded(COSDictionary dictionary, byte[] raw, Encoded softMask) {

    static Encoded of(COSStream stream) throws IOException {
      COSDictionary dictionary = new COSDictionary();
      for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
        if (!COSName.LENGTH.equals(entry.getKey()) && !COSName.SMASK.equals(entry.getKey())) {
          dictionary.setItem(entry.getKey(), copy(entry.getValue()));
        }
      }
      byte[] raw;
      try (var in = stream.createRawInputStream()) {
        raw = in.readAllBytes();
      }
      COSBase mask = stream.getDictionaryObject(COSName.SMASK);
      return new Encoded(
          dictionary, raw, mask instanceof COSStream maskStream ? of(maskStream) : null);
    }

    COSStream copyInto(PDDocument document) throws IOException {
      COSStream stream = document.getDocument().createCOSStream();
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        stream.setItem(entry.getKey(), copy(entry.getValue()));
      }
      try (OutputStream out = stream.createRawOutputStream()) {
        out.write(raw);
      }
      if (softMask != null) {
        stream.setItem(COSName.SMASK, softMask.copyInto(document));
      }
      return stream;
    }

    /**
     * A deep copy of the direct objects of an image dictionary (names, numbers, arrays, decode
     * parameters), so that no two documents share a mutable object.
     */
    private static COSBase copy(COSBase value) {
      if (value instanceof COSStream || value instanceof COSObject) {
        // e.g. an ICC colour space: PDFBox gives a PNG without one DeviceRGB or DeviceGray
        throw new IllegalStateException("an image dictionary refers to another object: " + value);
      }
      if (value instanceof COSDictionary dictionary) {
        COSDictionary copy = new COSDictionary();
        dictionary.forEach((key, item) -> copy.setItem(key, copy(item)));
        return copy;
      }
      if (value instanceof COSArray array) {
        COSArray copy = new COSArray();
        array.forEach(item -> copy.add(copy(item)));
        return copy;
      }
      return value;
    }
  }
}
