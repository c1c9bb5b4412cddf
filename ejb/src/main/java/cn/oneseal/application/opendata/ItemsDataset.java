package cn.oneseal.application.opendata;

import cn.oneseal.application.CatalogQuery;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.opendata.DatasetColumn.Type;
import cn.oneseal.domain.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The open dataset of the catalogue (事项目录): every item in force today with its department, section,
 * kind, statutory and promised time limits, fee and legal basis — what each item's guide publishes,
 * as one table.
 */
@ApplicationScoped
public class ItemsDataset implements OpenDataset {

  public static final String ID = "items";

  private static final List<DatasetColumn> COLUMNS =
      List.of(
          DatasetColumn.of(
              "itemCode", Type.STRING, "事项编码", "Item code", "审批事项编码", "The item's code", true),
          DatasetColumn.of(
              "nameZh",
              Type.STRING,
              "事项名称",
              "Name (Chinese)",
              "事项中文名称",
              "The item's Chinese name",
              true),
          DatasetColumn.of(
              "nameEn",
              Type.STRING,
              "事项英文名称",
              "Name (English)",
              "事项英文名称",
              "The item's English name",
              true),
          DatasetColumn.of(
              "version", Type.INTEGER, "版本", "Version", "现行版本号", "The version in force", true),
          DatasetColumn.of(
              "effectiveFrom",
              Type.DATE,
              "施行日期",
              "In force from",
              "现行版本的施行日期",
              "The day the version in force took effect",
              true),
          DatasetColumn.of(
              "department",
              Type.STRING,
              "实施部门",
              "Department",
              "原职能部门",
              "The department whose power it is",
              true),
          DatasetColumn.of(
              "section",
              Type.STRING,
              "承办科室",
              "Section",
              "行政审批局承办科室",
              "The bureau's section that handles it",
              true),
          DatasetColumn.of(
              "kind",
              Type.STRING,
              "办件类型",
              "Kind",
              "ON_THE_SPOT（即办件）或 PROMISED（承诺件）",
              "ON_THE_SPOT or PROMISED",
              true),
          DatasetColumn.of(
              "statutoryDays",
              Type.INTEGER,
              "法定时限（工作日）",
              "Statutory limit (working days)",
              "法定办结时限",
              "The legal time limit",
              true),
          DatasetColumn.of(
              "promisedDays",
              Type.INTEGER,
              "承诺时限（工作日）",
              "Promised limit (working days)",
              "本局承诺的办结时限",
              "The limit the bureau promises",
              true),
          DatasetColumn.of("fee", Type.STRING, "收费", "Fee", "收费标准", "The fee", false),
          DatasetColumn.of(
              "legalBasis", Type.STRING, "设定依据", "Legal basis", "法律法规依据", "The legal basis", true),
          DatasetColumn.of(
              "commitmentEligible",
              Type.BOOLEAN,
              "可告知承诺",
              "Commitment path",
              "是否可以告知承诺方式办理",
              "Whether it may be approved on the applicant's commitment",
              true));

  private final CatalogService catalog;

  @Inject
  ItemsDataset(CatalogService catalog) {
    this.catalog = catalog;
  }

  /** For CDI's proxy. */
  protected ItemsDataset() {
    this.catalog = null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public BilingualText title() {
    return new BilingualText("审批事项目录及办理时限", "The approval items and their time limits");
  }

  @Override
  public BilingualText description() {
    return new BilingualText(
        "本局现行有效的全部审批事项：实施部门、承办科室、办件类型、法定时限和承诺时限、收费和设定依据。",
        "Every approval item the bureau handles today: department, section, kind, statutory and"
            + " promised time limits, fee and legal basis.");
  }

  @Override
  public List<DatasetColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<List<Object>> records() {
    List<List<Object>> records = new ArrayList<>();
    for (ItemGuide item : catalog.search(CatalogQuery.all())) {
      List<Object> row = new ArrayList<>(COLUMNS.size());
      row.add(item.code());
      row.add(item.name().zh());
      row.add(item.name().en());
      row.add(item.version());
      row.add(item.effectiveFrom());
      row.add(item.department().nameZh());
      row.add(item.section().nameZh());
      row.add(item.kind());
      row.add(item.statutoryDays());
      row.add(item.promisedDays());
      row.add(item.fee() == null ? null : item.fee().zh());
      row.add(item.legalBasis().zh());
      row.add(item.commitmentEligible());
      records.add(row);
    }
    return records;
  }

  @Override
  public Optional<Instant> lastUpdated() {
    return catalog.search(CatalogQuery.all()).stream()
        .map(
            i ->
                i.effectiveFrom()
                    .atStartOfDay(cn.oneseal.domain.model.clock.BureauTime.ZONE)
                    .toInstant())
        .max(java.util.Comparator.naturalOrder());
  }
}
