package cn.oneseal.infrastructure.files;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Small but real files of each kind the upload check meets: their first bytes are those of the
 * format, as a scanner, a camera, a compiler or an editor writes them.
 */
public final class SampleFiles {

  private SampleFiles() {}

  /** A one-page PDF with nothing on it. */
  public static byte[] pdf() {
    return ("%PDF-1.4\n"
            + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            + "trailer <</Root 1 0 R>>\n"
            + "%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A 1×1 PNG. */
  public static byte[] png() {
    return Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }

  /** The start of a JFIF JPEG (SOI, APP0 "JFIF") and its end marker. */
  public static byte[] jpeg() {
    return HexFormat.of().parseHex("ffd8ffe000104a46494600010100000100010000ffd9");
  }

  /** A RIFF container of a lossy WebP image. */
  public static byte[] webp() {
    byte[] bytes = new byte[32];
    byte[] head = "RIFF\u0018\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  /** The header of a 64-bit Linux executable (ELF, e_type EXEC). */
  public static byte[] elf() {
    byte[] bytes = new byte[64];
    byte[] ident = {0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00};
    System.arraycopy(ident, 0, bytes, 0, ident.length);
    bytes[16] = 0x02; // ET_EXEC
    bytes[18] = 0x3E; // x86-64
    bytes[20] = 0x01;
    return bytes;
  }

  /** The headers of a Windows executable: "MZ", and at 0x3C the offset of the "PE\0\0" header. */
  public static byte[] windowsExecutable() {
    byte[] bytes = new byte[256];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3C] = (byte) 0x80;
    bytes[0x80] = 'P';
    bytes[0x81] = 'E';
    bytes[0x84] = 0x4C; // machine: i386
    bytes[0x85] = 0x01;
    return bytes;
  }

  /** A web page with a script, the kind that runs when a browser opens it. */
  public static byte[] html() {
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>营业执照</title></head>\n"
            + "<body><script>fetch('/api/applications').then(r => r.text())</script></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] text() {
    return "申请书正文 plain text\n".getBytes(StandardCharsets.UTF_8);
  }

  /** An empty ZIP archive (the end-of-central-directory record alone). */
  public static byte[] zip() {
    byte[] bytes = new byte[22];
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 0x05;
    bytes[3] = 0x06;
    return bytes;
  }
}
