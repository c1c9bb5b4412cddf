package cn.oneseal.infrastructure.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * What a file is, by its bytes alone: Apache Tika's magic-byte database (tika-core, no parsers).
 * The name and the type the client claims are deliberately not given to Tika, so a renamed
 * executable or a web page called {@code .pdf} is reported as what it is.
 *
 * <p>Tika's type database is read once (≈ 100 ms) and is safe to share between threads.
 */
public final class ContentDetector {

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  private ContentDetector() {}

  /**
   * The media type of {@code content} without parameters, e.g. {@code application/pdf}, {@code
   * text/html}, {@code application/x-msdownload}; {@code application/octet-stream} when nothing is
   * recognised.
   */
  public static String detect(byte[] content) {
    try (TikaInputStream in = TikaInputStream.get(content)) {
      MediaType type = TYPES.detect(in, new Metadata(), new ParseContext());
      return type.getBaseType().toString();
    } catch (IOException e) {
      // reading from memory does not fail; if Tika ever says otherwise, that is our fault
      throw new UncheckedIOException("content detection failed", e);
    }
  }
}
