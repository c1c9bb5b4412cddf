package cn.oneseal.web.view.supervision;

import cn.oneseal.application.statistics.StatisticsService;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.StatisticsRow;
import cn.oneseal.domain.model.statistics.StatisticsTable;
import cn.oneseal.web.i18n.StatisticsTexts;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics dashboard (统计监测): the period's table grouped as asked, two charts, the exports,
 * and the cases behind any figure. Supervisors and the director see the whole bureau, a chief their
 * section ({@link StatisticsService#sectionOf}).
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One cell: its figure, the text shown and whether it leads to cases. */
  public record Cell(String figure, String text, boolean drillable) implements Serializable {}

  /** One line of the table as the page shows it. */
  public record Line(String key, String label, boolean total, List<Cell> cells)
      implements Serializable {}

  @Inject private StatisticsService statistics;

  @Inject private CurrentActor currentActor;

  @Inject private Clock clock;

  private LocalDate from;
  private LocalDate to;
  private String groupBy = Dimension.ITEM.id();
  private StatisticsTable table;
  private String drillFigure;
  private String drillKey;
  private String drillTitle;
  private List<String> drillCases = List.of();

  public void load() {
    LocalDate today = BureauTime.day(clock.instant());
    if (to == null) {
      to = today;
    }
    if (from == null) {
      from = to.withDayOfMonth(1);
    }
    show();
  }

  public void show() {
    drillCases = List.of();
    drillTitle = null;
    FacesSupport.attempt(
        () -> {
          Dimension by = Dimension.fromId(groupBy).orElse(Dimension.ITEM);
          groupBy = by.id();
          table = statistics.table(currentActor.require(), from, to, by);
        });
  }

  /** Shows the cases behind one figure of one line. */
  public void drill(String key, String figure) {
    if (table == null) {
      return;
    }
    Figure f = Figure.fromId(figure).orElse(null);
    if (f == null) {
      return;
    }
    FacesSupport.attempt(
        () -> {
          drillCases =
              statistics.cases(
                  currentActor.require(), table.from(), table.to(), table.groupBy(), key, f);
          drillFigure = figure;
          drillKey = key;
          String label =
              getLines().stream()
                  .filter(l -> l.key().equals(key))
                  .map(Line::label)
                  .findFirst()
                  .orElse(key);
          drillTitle =
              StatisticsTexts.text(
                  "statistics.cases.title", locale(), StatisticsTexts.figure(f, locale()), label);
        });
  }

  public void closeDrill() {
    drillCases = List.of();
    drillTitle = null;
  }

  private static Locale locale() {
    return FacesSupport.locale();
  }

  public List<String> getDimensions() {
    return Arrays.stream(Dimension.values()).map(Dimension::id).toList();
  }

  public List<Figure> getFigures() {
    return table == null ? List.of() : table.figures();
  }

  public String figureLabel(Figure figure) {
    return StatisticsTexts.figure(figure, locale());
  }

  public List<Line> getLines() {
    if (table == null) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    for (StatisticsRow row : table.rows()) {
      lines.add(line(row, false));
    }
    lines.add(line(table.total(), true));
    return lines;
  }

  private Line line(StatisticsRow row, boolean total) {
    List<Cell> cells = new ArrayList<>();
    for (Figure f : table.figures()) {
      BigDecimal v = row.value(f);
      boolean drillable = v != null && (f.kind() != Figure.Kind.COUNT || v.signum() > 0);
      cells.add(
          new Cell(
              f.id(),
              v == null ? StatisticsTexts.text("statistics.noValue", locale()) : v.toPlainString(),
              drillable));
    }
    return new Line(
        row.group().key(),
        StatisticsTexts.group(row.group(), table.groupBy(), locale()),
        total,
        cells);
  }

  /** The section a chief is restricted to, or {@code null}. */
  public String getSection() {
    return table == null ? null : table.section();
  }

  public boolean isNoFigures() {
    return table == null || table.rows().isEmpty();
  }

  /** The export's address for one format, with the period and grouping shown. */
  public String exportUrl(String format) {
    if (table == null) {
      return "#";
    }
    return FacesSupport.context().getExternalContext().getRequestContextPath()
        + "/api/statistics/export?format="
        + format
        + "&from="
        + table.from()
        + "&to="
        + table.to()
        + "&groupBy="
        + table.groupBy().id();
  }

  /** The volume chart (Chart.js configuration as JSON): counts per group. */
  public String getCountsChart() {
    List<Figure> shown =
        table == null
            ? List.of()
            : List.of(
                    Figure.RECEIVED,
                    Figure.ACCEPTED,
                    Figure.DECIDED,
                    Figure.WITHDRAWN,
                    Figure.STEPS)
                .stream()
                .filter(f -> f.appliesTo(table.groupBy()))
                .limit(4)
                .toList();
    return chart(shown);
  }

  /** The step-time chart: median and 90th percentile per group. */
  public String getStepsChart() {
    return chart(List.of(Figure.STEP_P50, Figure.STEP_P90));
  }

  private static final String[] COLOURS = {"#1d4ed8", "#0f766e", "#b45309", "#7c3aed"};

  private String chart(List<Figure> figures) {
    List<StatisticsRow> rows = table == null ? List.of() : table.rows();
    StringBuilder json = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
    for (int i = 0; i < rows.size(); i++) {
      json.append(i == 0 ? "" : ",")
          .append(quote(StatisticsTexts.group(rows.get(i).group(), table.groupBy(), locale())));
    }
    json.append("],\"datasets\":[");
    for (int f = 0; f < figures.size(); f++) {
      Figure figure = figures.get(f);
      json.append(f == 0 ? "" : ",")
          .append("{\"label\":")
          .append(quote(StatisticsTexts.figure(figure, locale())))
          .append(",\"backgroundColor\":\"")
          .append(COLOURS[f % COLOURS.length])
          .append("\",\"data\":[");
      for (int i = 0; i < rows.size(); i++) {
        BigDecimal v = rows.get(i).value(figure);
        json.append(i == 0 ? "" : ",").append(v == null ? "null" : v.toPlainString());
      }
      json.append("]}");
    }
    json.append(
        "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
            + "\"animation\":false,\"scales\":{\"y\":{\"beginAtZero\":true}}}}");
    return json.toString();
  }

  private static String quote(String text) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '<' -> q.append("\\u003c");
        case '>' -> q.append("\\u003e");
        case '&' -> q.append("\\u0026");
        default -> {
          if (c < 0x20) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  public boolean isChief() {
    Actor actor = currentActor.optional().orElse(null);
    return actor != null && getSection() != null;
  }

  public Map<String, String> getFormats() {
    return Map.of(
        "xlsx",
        "statistics.export.xlsx",
        "csv",
        "statistics.export.csv",
        "pdf",
        "statistics.export.pdf");
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getGroupBy() {
    return groupBy;
  }

  public void setGroupBy(String groupBy) {
    this.groupBy = groupBy;
  }

  public String getDrillTitle() {
    return drillTitle;
  }

  public String getDrillFigure() {
    return drillFigure;
  }

  public String getDrillKey() {
    return drillKey;
  }

  public List<String> getDrillCases() {
    return drillCases;
  }
}
