package cn.oneseal.application.statistics;

import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of an export in the reader's language, from the web module's bundles: the title (with
 * the period and scope), the group column's header, each figure's header and each group's label.
 */
public record ExportTexts(
    String title,
    String groupHeader,
    Map<Figure, String> figureHeaders,
    Function<Group, String> groupLabel,
    String sheetName) {}
