package cn.oneseal.application;

import cn.oneseal.domain.model.application.Upload;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of what a submission asks for (item, form fields, files), kept with its idempotency
 * key: a retry with the same key must ask for the same thing, or it is a client's mistake (422),
 * not a retry. It is taken over the parsed content, not the raw bytes, so that a client that orders
 * its JSON properties differently on a retry is still recognised as retrying.
 */
final class SubmissionFingerprint {

  private SubmissionFingerprint() {}

  static String of(String itemCode, Map<String, String> form, List<Upload> uploads) {
    MessageDigest digest = sha256();
    add(digest, itemCode);
    Map<String, String> sorted = new TreeMap<>();
    if (form != null) {
      form.forEach((k, v) -> sorted.put(String.valueOf(k), v));
    }
    add(digest, String.valueOf(sorted.size()));
    sorted.forEach(
        (k, v) -> {
          add(digest, k);
          add(digest, v);
        });
    List<Upload> files = uploads == null ? List.of() : uploads;
    add(digest, String.valueOf(files.size()));
    for (Upload file : files) {
      if (file == null) {
        add(digest, null);
        continue;
      }
      add(digest, file.requirement());
      add(digest, file.fileName());
      add(digest, file.contentType());
      add(
          digest,
          file.content() == null
              ? null
              : HexFormat.of().formatHex(sha256().digest(file.content())));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Length-prefixed, so that ("ab", "c") and ("a", "bc") differ; null differs from "". */
  private static void add(MessageDigest digest, String value) {
    if (value == null) {
      digest.update(ByteBuffer.allocate(4).putInt(-1).array());
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
