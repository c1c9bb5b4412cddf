package cn.oneseal.domain.model.application;

import java.text.Normalizer;

/**
 * The name a handed-in file is kept under (安全文件名): the file's own base name as the person chose it,
 * Chinese and all, but nothing a browser, a download or a file system could read as a path, a
 * hidden file or an instruction — no folders (some browsers send the whole client path, an attacker
 * sends {@code ../../}), no control or invisible formatting characters (a right-to-left override
 * makes {@code exe.pdf} look like {@code fdp.exe}), no leading dots, none of the characters Windows
 * refuses in a name, and short enough for the column.
 */
public final class SafeFileName {

  /** The {@code file_name} column holds 256 characters; a little room stays for the database. */
  public static final int MAX_LENGTH = 240;

  private static final String RESERVED = "<>:\"|?*";

  private SafeFileName() {}

  /** The safe base name of {@code raw}; empty when nothing of a name is left. */
  public static String of(String raw) {
    if (raw == null) {
      return "";
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(cut + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              if (isInvisible(c)) {
                return;
              }
              if (RESERVED.indexOf(c) >= 0) {
                kept.append('_');
              } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
              } else {
                kept.appendCodePoint(c);
              }
            });
    name = kept.toString().replaceAll(" {2,}", " ");
    // no hidden files, no names that end in a dot or a space (Windows drops them silently)
    name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
    return shortened(name);
  }

  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Cuts the stem, not the extension, so that a long name still says what kind of file it is. */
  private static String shortened(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String stem = name.substring(0, name.length() - extension.length());
    int room = MAX_LENGTH - extension.length();
    if (Character.isHighSurrogate(stem.charAt(room - 1))) {
      room--;
    }
    return stem.substring(0, room).strip() + extension;
  }
}
