package cn.oneseal.application.opendata;

import cn.oneseal.domain.shared.BilingualText;
import java.io.Serializable;
import java.util.Objects;

/**
 * One column of an open dataset: its name in the CSV header and the JSON records, its type, its
 * title and meaning in both languages, and whether every record has a value.
 */
public record DatasetColumn(
    String name, Type type, BilingualText title, BilingualText description, boolean required)
    implements Serializable {

  /** The types a column may have, as JSON Schema and CSVW name them. */
  public enum Type {
    STRING("string", null),
    INTEGER("integer", null),
    /** A decimal number, e.g. a rate in per cent with one decimal ({@code 95.2}). */
    DECIMAL("number", null),
    BOOLEAN("boolean", null),
    /** An ISO-8601 day, {@code 2026-12-04}. */
    DATE("string", "date"),
    /** An ISO-8601 instant in UTC, {@code 2026-12-04T08:00:00Z}. */
    DATETIME("string", "date-time");

    private final String jsonType;
    private final String format;

    Type(String jsonType, String format) {
      this.jsonType = jsonType;
      this.format = format;
    }

    public String jsonType() {
      return jsonType;
    }

    /** The JSON Schema {@code format}, or {@code null}. */
    public String format() {
      return format;
    }
  }

  /** A column with its title and meaning in Chinese and English. */
  public static DatasetColumn of(
      String name,
      Type type,
      String titleZh,
      String titleEn,
      String descriptionZh,
      String descriptionEn,
      boolean required) {
    return new DatasetColumn(
        name,
        type,
        new BilingualText(titleZh, titleEn),
        new BilingualText(descriptionZh, descriptionEn),
        required);
  }

  public DatasetColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
  }
}
