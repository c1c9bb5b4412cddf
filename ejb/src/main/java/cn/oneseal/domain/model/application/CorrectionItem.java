package cn.oneseal.domain.model.application;

import cn.oneseal.domain.model.catalog.MaterialRequirement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the one-time correction notice (一次性告知) as the window clerk listed it: a material of
 * the item (stored by its code, e.g. {@code vehicle-list}), optionally with the clerk's note of
 * what exactly is missing or wrong ({@code vehicle-list：第 3 页缺少车辆照片}), or free text. The applicant
 * reads the material by its name, never by its code.
 *
 * @param material the code of the item's material, {@code null} for free text
 * @param note the clerk's note for that material, or the free text; {@code null} when the material
 *     alone is listed
 */
public record CorrectionItem(String material, String note) {

  /** {@code code}, {@code code：note} or {@code code: note} (full-width or ASCII colon). */
  private static final Pattern CODED = Pattern.compile("([a-z0-9][a-z0-9-]{0,63})\\s*[：:]\\s*(.*)");

  /** Reads a stored line against the item's materials: a code they do not list is free text. */
  public static CorrectionItem parse(String stored, List<MaterialRequirement> materials) {
    String line = stored == null ? "" : stored.strip();
    for (MaterialRequirement m : materials) {
      if (m.getCode().equals(line)) {
        return new CorrectionItem(m.getCode(), null);
      }
    }
    Matcher coded = CODED.matcher(line);
    if (coded.matches()) {
      String code = coded.group(1);
      String note = coded.group(2).strip();
      for (MaterialRequirement m : materials) {
        if (m.getCode().equals(code)) {
          return new CorrectionItem(code, note.isEmpty() ? null : note);
        }
      }
    }
    return new CorrectionItem(null, line);
  }

  /** The line in words: the material's name in the language (Chinese by default), then the note. */
  public String inWords(List<MaterialRequirement> materials, Locale locale) {
    if (material == null) {
      return note;
    }
    boolean en = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    String name =
        materials.stream()
            .filter(m -> m.getCode().equals(material))
            .map(m -> en && m.getNameEn() != null ? m.getNameEn() : m.getNameZh())
            .findFirst()
            .orElse(material);
    if (note == null) {
      return name;
    }
    return en ? name + ": " + note : name + "：" + note;
  }

  /** Every stored line of a notice in words, in the given language. */
  public static List<String> inWords(
      List<String> stored, List<MaterialRequirement> materials, Locale locale) {
    return stored.stream().map(s -> parse(s, materials).inWords(materials, locale)).toList();
  }
}
