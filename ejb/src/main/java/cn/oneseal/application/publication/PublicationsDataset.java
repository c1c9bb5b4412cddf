package cn.oneseal.application.publication;

import cn.oneseal.application.opendata.DatasetColumn;
import cn.oneseal.application.opendata.DatasetColumn.Type;
import cn.oneseal.application.opendata.OpenDataset;
import cn.oneseal.domain.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The open dataset of 双公示: every published licensing decision, sanction and revocation, as the
 * public page shows them (a natural person by the surname only, no identity number, no phone).
 */
@ApplicationScoped
public class PublicationsDataset implements OpenDataset {

  public static final String ID = "publications";

  private static final List<DatasetColumn> COLUMNS =
      List.of(
          DatasetColumn.of(
              "id",
              Type.INTEGER,
              "编号",
              "Id",
              "本数据集中的编号",
              "The record's number in this dataset",
              true),
          DatasetColumn.of(
              "kind",
              Type.STRING,
              "类别",
              "Kind",
              "licensing（行政许可）、sanction（行政处罚）或 revocation（撤销）",
              "licensing, sanction or revocation",
              true),
          DatasetColumn.of(
              "holderName",
              Type.STRING,
              "行政相对人名称",
              "Holder",
              "法人和其他组织为登记名称；自然人仅显示姓氏",
              "The registered name of an entity; of a natural person the surname only",
              true),
          DatasetColumn.of(
              "naturalPerson",
              Type.BOOLEAN,
              "是否自然人",
              "Natural person",
              "行政相对人是否为自然人",
              "Whether the holder is a natural person",
              true),
          DatasetColumn.of(
              "creditCode",
              Type.STRING,
              "统一社会信用代码",
              "Unified social credit code",
              "法人和其他组织的统一社会信用代码；自然人为空",
              "The entity's unified social credit code; empty for a natural person",
              false),
          DatasetColumn.of(
              "itemCode",
              Type.STRING,
              "事项编码",
              "Item code",
              "审批事项编码",
              "The approval item's code",
              false),
          DatasetColumn.of(
              "itemNameZh",
              Type.STRING,
              "事项名称",
              "Item (Chinese)",
              "事项中文名称",
              "The item's Chinese name",
              false),
          DatasetColumn.of(
              "itemNameEn",
              Type.STRING,
              "事项英文名称",
              "Item (English)",
              "事项英文名称",
              "The item's English name",
              false),
          DatasetColumn.of(
              "documentNumber",
              Type.STRING,
              "决定文书号",
              "Decision number",
              "决定文书的编号",
              "The number of the decision",
              false),
          DatasetColumn.of(
              "authority",
              Type.STRING,
              "决定机关",
              "Authority",
              "BUREAU 为本局；其他为作出决定的部门代码",
              "BUREAU for the bureau; otherwise the deciding department's code",
              true),
          DatasetColumn.of(
              "summary", Type.STRING, "内容摘要", "Summary", "决定内容摘要", "What was decided", false),
          DatasetColumn.of(
              "decidedOn",
              Type.DATE,
              "决定日期",
              "Decided on",
              "作出决定的日期",
              "The day of the decision",
              true),
          DatasetColumn.of(
              "publishedAt",
              Type.DATETIME,
              "公示时间",
              "Published at",
              "公示的时间（UTC）",
              "When it was published (UTC)",
              true));

  private final PublicationService publications;

  @Inject
  PublicationsDataset(PublicationService publications) {
    this.publications = publications;
  }

  /** For CDI's proxy. */
  protected PublicationsDataset() {
    this.publications = null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public BilingualText title() {
    return new BilingualText("双公示：行政许可和行政处罚信息", "Licensing and sanction decisions (双公示)");
  }

  @Override
  public BilingualText description() {
    return new BilingualText(
        "本局作出的准予行政许可决定，以及行政处罚和撤销决定，自决定之日起7个工作日内公示。自然人仅显示姓氏，不含身份证件号码和电话。",
        "The bureau's licensing decisions and the sanctions and revocations, published within 7"
            + " working days of the decision. Natural persons by their surname only; no identity"
            + " numbers or phones.");
  }

  @Override
  public List<DatasetColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<List<Object>> records() {
    List<List<Object>> records = new ArrayList<>();
    for (PublicationLine p : publications.everyPublished()) {
      List<Object> row = new ArrayList<>(COLUMNS.size());
      row.add(p.id());
      row.add(p.kind());
      row.add(p.holderName());
      row.add(p.naturalPerson());
      row.add(p.creditCode());
      row.add(p.itemCode());
      row.add(p.itemNameZh());
      row.add(p.itemNameEn());
      row.add(p.documentNumber());
      row.add(p.authority());
      row.add(p.summary());
      row.add(p.decidedOn());
      row.add(p.publishedAt());
      records.add(row);
    }
    return records;
  }

  @Override
  public Optional<Instant> lastUpdated() {
    return publications.everyPublished().stream()
        .map(PublicationLine::publishedAt)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder());
  }
}
