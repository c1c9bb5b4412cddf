package cn.oneseal.domain.model.registration;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A field of the one form that an integrated department needs (the tax authority's finance contact,
 * the statistics bureau's head count …). Its label is in the bundles under {@code
 * registration.field.<name>}.
 */
public record DepartmentField(
    String certificateCode, String name, Kind kind, boolean required, List<String> choices) {

  /** What a value looks like. */
  public enum Kind {
    TEXT,
    PHONE,
    COUNT,
    YES_NO,
    CHOICE
  }

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9\\- ]{5,18}[0-9]");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,7}");
  static final int MAX_TEXT = 256;

  static DepartmentField text(String certificate, String name, boolean required) {
    return new DepartmentField(certificate, name, Kind.TEXT, required, List.of());
  }

  static DepartmentField of(String certificate, String name, Kind kind, boolean required) {
    return new DepartmentField(certificate, name, kind, required, List.of());
  }

  static DepartmentField choice(String certificate, String name, String... choices) {
    return new DepartmentField(certificate, name, Kind.CHOICE, true, List.of(choices));
  }

  /** Whether a non-blank value has the right form. */
  public boolean accepts(String value) {
    return switch (kind) {
      case TEXT -> value.length() <= MAX_TEXT;
      case PHONE -> PHONE.matcher(value).matches();
      case COUNT -> COUNT.matcher(value).matches();
      case YES_NO -> value.equals("true") || value.equals("false");
      case CHOICE -> choices.contains(value);
    };
  }
}
