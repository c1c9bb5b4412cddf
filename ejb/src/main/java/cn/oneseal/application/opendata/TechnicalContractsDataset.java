package cn.oneseal.application.opendata;

import cn.oneseal.application.TechnicalContractService;
import cn.oneseal.application.innovation.ContractStatistics;
import cn.oneseal.application.opendata.DatasetColumn.Type;
import cn.oneseal.domain.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The open dataset of technology transfer (晋发〔2017〕51号 §17): the technical contracts registered per
 * year and type, with their amounts and technical income. A type with fewer than {@link
 * OpenDataset#SMALL_COUNT} contracts in a year shows neither its count nor its sums: the sums of
 * one or two contracts would publish those contracts' prices.
 */
@ApplicationScoped
public class TechnicalContractsDataset implements OpenDataset {

  public static final String ID = "technical-contracts";

  /** The first year with registrations in OneSeal (KJ-0001 took effect on 2026-01-01). */
  static final int FIRST_YEAR = 2026;

  private static final List<DatasetColumn> COLUMNS =
      List.of(
          DatasetColumn.of(
              "year",
              Type.INTEGER,
              "年度",
              "Year",
              "登记年度（北京时间）",
              "The year of registration (Beijing time)",
              true),
          DatasetColumn.of(
              "contractType",
              Type.STRING,
              "合同类别",
              "Contract type",
              "development（技术开发）、transfer（技术转让）、licensing（技术许可）、consulting（技术咨询）、service（技术服务）",
              "development, transfer, licensing, consulting or service",
              true),
          DatasetColumn.of(
              "taxRelief",
              Type.BOOLEAN,
              "可享受税收优惠",
              "Tax relief",
              "该类合同经登记后可否享受技术开发、转让的税收优惠",
              "Whether a registered contract of the type earns the tax relief of development and transfer",
              true),
          DatasetColumn.of(
              "contracts",
              Type.INTEGER,
              "登记合同数",
              "Contracts",
              "当年登记的合同数；少于5份的不公开",
              "Contracts registered in the year; suppressed under 5",
              false),
          DatasetColumn.of(
              "amountFen",
              Type.INTEGER,
              "合同成交额（分）",
              "Amount (fen)",
              "登记合同的成交额合计，单位为分；合同少于5份的不公开",
              "The registered contracts' amounts in fen; suppressed under 5 contracts",
              false),
          DatasetColumn.of(
              "technicalIncomeFen",
              Type.INTEGER,
              "技术性收入（分）",
              "Technical income (fen)",
              "核定的技术性收入合计，单位为分；合同少于5份的不公开",
              "Their technical income in fen; suppressed under 5 contracts",
              false),
          DatasetColumn.of(
              "suppressed",
              Type.BOOLEAN,
              "含不公开数",
              "Suppressed",
              "本行是否因合同少于5份而不公开",
              "Whether the row's figures were suppressed as under 5 contracts",
              true));

  private final TechnicalContractService contracts;

  @Inject
  TechnicalContractsDataset(TechnicalContractService contracts) {
    this.contracts = contracts;
  }

  /** For CDI's proxy. */
  protected TechnicalContractsDataset() {
    this.contracts = null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public BilingualText title() {
    return new BilingualText("技术合同认定登记年度统计", "Registered technical contracts per year and type");
  }

  @Override
  public BilingualText description() {
    return new BilingualText(
        "每年按合同类别登记的技术合同数、成交额和技术性收入（单位：分）。某类合同当年少于5份的，不公开其数量和金额。",
        "The technical contracts registered each year per type, with their amounts and technical"
            + " income in fen. A type with fewer than 5 contracts in a year shows neither its count"
            + " nor its sums.");
  }

  @Override
  public List<DatasetColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<List<Object>> records() {
    List<List<Object>> records = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= contracts.thisYear(); year++) {
      ContractStatistics statistics = contracts.yearTotals(year);
      for (ContractStatistics.Row row : statistics.types()) {
        records.add(record(year, row));
      }
    }
    return records;
  }

  /** One year's type, its figures empty under {@link #SMALL_COUNT} contracts (zero is shown). */
  static List<Object> record(int year, ContractStatistics.Row row) {
    boolean small = row.contracts() > 0 && row.contracts() < SMALL_COUNT;
    List<Object> record = new ArrayList<>(COLUMNS.size());
    record.add(year);
    record.add(row.contractType());
    record.add(row.taxRelief());
    record.add(small ? null : row.contracts());
    record.add(small ? null : row.amountFen());
    record.add(small ? null : row.technicalIncomeFen());
    record.add(small);
    return record;
  }

  @Override
  public Optional<Instant> lastUpdated() {
    return Optional.empty();
  }
}
