package cn.oneseal.domain.model.registration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a word of the name vocabulary ({@link NameWord}) is: a building block of a name (division,
 * industry, organisation form), content a name may not contain, a word that needs the State
 * Council's approval at the start of a name, or a well-known mark no trade name may use.
 */
public enum WordCategory {
  DIVISION(false),
  INDUSTRY(false),
  ORGANIZATION_FORM(false),
  STATE_HARM(true),
  PARTY_STATE_MILITARY(true),
  FOREIGN_INTERNATIONAL(true),
  OBSCENE(true),
  GAMBLING(true),
  SUPERSTITION(true),
  VIOLENCE(true),
  DISCRIMINATION(true),
  MISLEADING(true),
  /**
   * 中国, 中华, 中央, 全国, 国家: at the start of a name only with the State Council's approval; inside a
   * name only as part of the industry term, never in the trade name.
   */
  RESTRICTED_PREFIX(false),
  /**
   * A well-known mark (驰名商标) of the maintained list (table {@code well_known_mark}, migration V31):
   * someone else's renown, never a trade name.
   */
  WELL_KNOWN_MARK(false);

  private final boolean forbidden;

  WordCategory(boolean forbidden) {
    this.forbidden = forbidden;
  }

  /** A name containing a word of this category is refused. */
  public boolean isForbidden() {
    return forbidden;
  }

  public static List<WordCategory> forbiddenCategories() {
    return Arrays.stream(values()).filter(WordCategory::isForbidden).toList();
  }

  /** {@code PARTY_STATE_MILITARY} → {@code partyStateMilitary}, the form used in message keys. */
  public String key() {
    StringBuilder key = new StringBuilder();
    for (String part : name().toLowerCase(Locale.ROOT).split("_")) {
      key.append(key.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return key.toString();
  }
}
