package cn.oneseal.domain.shared;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/**
 * A text the bureau publishes in Chinese and English (双语文本). The Chinese text is the one that
 * counts in law; the English one is its translation. Stored as two columns of the owning table,
 * which names them with {@code @AttributeOverride}.
 */
@Embeddable
public record BilingualText(String zh, String en) implements Serializable {

  /** No text in either language (an optional text left empty). */
  public static final BilingualText NONE = new BilingualText(null, null);

  /**
   * The text for a reader of this locale: English when the reader asked for English and there is an
   * English text, otherwise the Chinese one — an untranslated text is still shown, in Chinese.
   */
  public String in(Locale locale) {
    return english(locale) && !blank(en) ? en : zh;
  }

  /** Whether a reader of this locale reads English; everyone else reads Chinese. */
  public static boolean english(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
