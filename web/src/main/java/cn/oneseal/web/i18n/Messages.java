package cn.oneseal.web.i18n;

import cn.oneseal.domain.shared.DomainException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translates message keys for people. UI texts live in {@code messages}, the domain's refusal codes
 * in {@code errors}; zh-CN is the default, English the alternative.
 */
public final class Messages {

  public static final String UI_BUNDLE = "cn.oneseal.web.i18n.messages";
  public static final String ERROR_BUNDLE = "cn.oneseal.web.i18n.errors";
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
  public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private Messages() {}

  public static String error(DomainException e, Locale locale) {
    return format(ERROR_BUNDLE, e.code(), locale, e.arguments().toArray());
  }

  public static String error(String code, Locale locale, Object... arguments) {
    return format(ERROR_BUNDLE, code, locale, arguments);
  }

  public static String ui(String key, Locale locale, Object... arguments) {
    return format(UI_BUNDLE, key, locale, arguments);
  }

  /** A text of any of our bundles, or {@code fallback} where the bundle has no such key. */
  public static String textOr(
      String bundle, String key, String fallback, Locale locale, Object... arguments) {
    String text = format(bundle, key, locale, arguments);
    return text.equals(key) ? fallback : text;
  }

  /** The supported locale closest to the one asked for. */
  public static Locale supported(Locale requested) {
    if (requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) {
      return Locale.ENGLISH;
    }
    return DEFAULT_LOCALE;
  }

  private static String format(String bundle, String key, Locale locale, Object... arguments) {
    Locale target = supported(locale);
    try {
      String pattern =
          ResourceBundle.getBundle(bundle, target, Messages.class.getClassLoader()).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, target).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
