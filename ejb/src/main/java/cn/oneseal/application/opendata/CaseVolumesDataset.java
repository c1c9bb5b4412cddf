package cn.oneseal.application.opendata;

import cn.oneseal.application.CatalogQuery;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.opendata.DatasetColumn.Type;
import cn.oneseal.application.statistics.StatisticsService;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.StatisticsRow;
import cn.oneseal.domain.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The open dataset of the bureau's volumes and timeliness: per item and month of the last twelve
 * (this month included), the applications received, accepted and decided and the share decided
 * within the legal time limit. Counts under {@link OpenDataset#SMALL_COUNT} are suppressed (empty),
 * and so is the rate of fewer decided cases: a small count could single out an applicant.
 */
@ApplicationScoped
public class CaseVolumesDataset implements OpenDataset {

  public static final String ID = "case-volumes";

  /** How many months, this one included. */
  static final int MONTHS = 12;

  private static final List<DatasetColumn> COLUMNS =
      List.of(
          DatasetColumn.of(
              "month",
              Type.STRING,
              "月份",
              "Month",
              "统计月份（yyyy-MM，北京时间）",
              "The month (yyyy-MM, Beijing time)",
              true),
          DatasetColumn.of(
              "itemCode", Type.STRING, "事项编码", "Item code", "审批事项编码", "The item's code", true),
          DatasetColumn.of(
              "itemNameZh",
              Type.STRING,
              "事项名称",
              "Item (Chinese)",
              "事项中文名称",
              "The item's Chinese name",
              false),
          DatasetColumn.of(
              "received",
              Type.INTEGER,
              "收件数",
              "Received",
              "当月提交的申请数；少于5件的不公开",
              "Applications filed in the month; suppressed under 5",
              false),
          DatasetColumn.of(
              "accepted",
              Type.INTEGER,
              "受理数",
              "Accepted",
              "当月受理的申请数；少于5件的不公开",
              "Applications accepted in the month; suppressed under 5",
              false),
          DatasetColumn.of(
              "decided",
              Type.INTEGER,
              "办结数",
              "Decided",
              "当月作出决定的件数；少于5件的不公开",
              "Cases decided in the month; suppressed under 5",
              false),
          DatasetColumn.of(
              "onTimeRate",
              Type.DECIMAL,
              "按时办结率（%）",
              "On-time rate (%)",
              "当月办结件中在法定时限内办结的比例；办结少于5件的不公开",
              "The share of the month's decided cases decided within the legal limit; suppressed under 5 decided",
              false),
          DatasetColumn.of(
              "suppressed",
              Type.BOOLEAN,
              "含不公开数",
              "Suppressed",
              "本行是否有因少于5件而不公开的数",
              "Whether a figure of the row was suppressed as under 5",
              true));

  private final StatisticsService statistics;
  private final CatalogService catalog;
  private final Clock clock;

  @Inject
  CaseVolumesDataset(StatisticsService statistics, CatalogService catalog, Clock clock) {
    this.statistics = statistics;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** For CDI's proxy. */
  protected CaseVolumesDataset() {
    this.statistics = null;
    this.catalog = null;
    this.clock = null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public BilingualText title() {
    return new BilingualText("各事项月度办件量及按时办结率", "Volumes and on-time rates per item and month");
  }

  @Override
  public BilingualText description() {
    return new BilingualText(
        "近12个月（含本月）每个事项每月的收件、受理、办结件数和按时办结率。少于5件的数不公开，以免识别到具体申请人。",
        "For the last 12 months (this one included), per item and month: applications received,"
            + " accepted and decided, and the on-time rate. Figures under 5 are suppressed so that"
            + " no applicant can be singled out.");
  }

  @Override
  public List<DatasetColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<List<Object>> records() {
    Map<String, String> names =
        catalog.search(CatalogQuery.all()).stream()
            .collect(Collectors.toMap(ItemGuide::code, i -> i.name().zh(), (a, b) -> a));
    YearMonth now = YearMonth.now(clock.withZone(cn.oneseal.domain.model.clock.BureauTime.ZONE));
    List<List<Object>> records = new ArrayList<>();
    for (int back = MONTHS - 1; back >= 0; back--) {
      YearMonth month = now.minusMonths(back);
      for (StatisticsRow row : statistics.monthByItem(month)) {
        records.add(record(month, row, names::get));
      }
    }
    return records;
  }

  /** One row, with every count under {@link #SMALL_COUNT} and the rate of too few cases empty. */
  static List<Object> record(YearMonth month, StatisticsRow row, Function<String, String> names) {
    Long received = count(row, Figure.RECEIVED);
    Long accepted = count(row, Figure.ACCEPTED);
    Long decided = count(row, Figure.DECIDED);
    BigDecimal rate = row.value(Figure.ON_TIME_RATE);
    boolean suppressed = false;
    List<Object> record = new ArrayList<>(COLUMNS.size());
    record.add(month.toString());
    record.add(row.group().key());
    record.add(names.apply(row.group().key()));
    for (Long value : new Long[] {received, accepted, decided}) {
      boolean small = value != null && value > 0 && value < SMALL_COUNT;
      suppressed |= small;
      record.add(small ? null : value);
    }
    boolean rateShown = decided != null && decided >= SMALL_COUNT && rate != null;
    suppressed |= rate != null && !rateShown;
    record.add(rateShown ? rate : null);
    record.add(suppressed);
    return record;
  }

  private static Long count(StatisticsRow row, Figure figure) {
    BigDecimal value = row.value(figure);
    return value == null ? null : value.longValue();
  }

  @Override
  public Optional<Instant> lastUpdated() {
    return Optional.of(clock.instant());
  }
}
