package cn.oneseal.web.i18n;

import cn.oneseal.application.statistics.ExportTexts;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.StatisticsTable;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics' words in one language, for the page, the API and the exports alike: figure labels
 * ({@code statistics.figure.<id>}), the group column, each group's label (a step by its name, the
 * total as such) and the export's title.
 */
public final class StatisticsTexts {

  public static final String BUNDLE = "cn.oneseal.web.i18n.statistics";

  private StatisticsTexts() {}

  public static String text(String key, Locale locale, Object... arguments) {
    return Messages.textOr(BUNDLE, key, key, locale, arguments);
  }

  public static String figure(Figure figure, Locale locale) {
    return text("statistics.figure." + figure.id(), locale);
  }

  public static String dimension(Dimension dimension, Locale locale) {
    return text("statistics.groupBy." + dimension.id(), locale);
  }

  /** A group's label: the total, a step by its name, anything else by its own label. */
  public static String group(Group group, Dimension by, Locale locale) {
    if (group.key().isEmpty()) {
      return text("statistics.total", locale);
    }
    if (by == Dimension.STEP) {
      return Messages.textOr(Messages.UI_BUNDLE, "step." + group.key(), group.key(), locale);
    }
    return group.label(locale);
  }

  public static ExportTexts export(StatisticsTable table, Locale locale) {
    Map<Figure, String> headers = new EnumMap<>(Figure.class);
    for (Figure f : Figure.values()) {
      headers.put(f, figure(f, locale));
    }
    String scope =
        table.section() == null
            ? text("statistics.scope.bureau", locale)
            : text("statistics.scope.section", locale, table.section());
    return new ExportTexts(
        text(
            "statistics.export.title",
            locale,
            table.from(),
            table.to(),
            scope,
            dimension(table.groupBy(), locale)),
        dimension(table.groupBy(), locale),
        headers,
        g -> group(g, table.groupBy(), locale),
        text("statistics.export.sheet", locale));
  }
}
