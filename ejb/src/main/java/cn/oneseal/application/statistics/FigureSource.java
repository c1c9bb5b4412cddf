package cn.oneseal.application.statistics;

import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.TableBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Where the figures of the statistics table come from: one CDI bean per family of figures. The
 * extension point for a new column (e.g. the evaluations' satisfaction rate): a {@link Figure}
 * constant and a bean implementing this interface; {@link StatisticsService} finds every bean.
 */
public interface FigureSource {

  /**
   * Puts this source's figures for the window, grouped by {@code by} ({@code null}: everything in
   * {@code Group.TOTAL}; never {@link Dimension#MONTH}, which the service asks month by month),
   * into the table. Figures that do not {@link Figure#appliesTo apply} to the grouping are left
   * out.
   */
  void contribute(Window window, Dimension by, TableBuilder table);

  /**
   * The numbers of the cases behind {@code figure} in the group {@code key} of {@code by}, or empty
   * when the figure is not this source's.
   */
  Optional<List<String>> cases(Window window, Dimension by, String key, Figure figure);
}
