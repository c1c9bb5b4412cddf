package cn.oneseal.application.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.application.innovation.ContractStatistics;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.StatisticsRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The aggregate open datasets publish no count from 1 to 4 — nor a rate or sum resting on one — and
 * say which rows lost a figure; zero and five or more are shown.
 */
class SmallCountsTest {

  private static StatisticsRow row(long received, long accepted, long decided, String rate) {
    Map<Figure, BigDecimal> values = new EnumMap<>(Figure.class);
    values.put(Figure.RECEIVED, BigDecimal.valueOf(received));
    values.put(Figure.ACCEPTED, BigDecimal.valueOf(accepted));
    values.put(Figure.DECIDED, BigDecimal.valueOf(decided));
    if (rate != null) {
      values.put(Figure.ON_TIME_RATE, new BigDecimal(rate));
    }
    return new StatisticsRow(Group.of("SC-0001"), values);
  }

  @Test
  void aMonthsCountsUnderFiveAndTheRateOfFewerThanFiveDecidedAreLeftEmpty() {
    YearMonth month = YearMonth.of(2026, 11);
    assertThat(CaseVolumesDataset.record(month, row(12, 9, 7, "85.7"), c -> "食品经营许可"))
        .containsExactly(
            "2026-11", "SC-0001", "食品经营许可", 12L, 9L, 7L, new BigDecimal("85.7"), false);
    assertThat(CaseVolumesDataset.record(month, row(6, 4, 3, "100.0"), c -> null))
        .containsExactly("2026-11", "SC-0001", null, 6L, null, null, null, true);
    assertThat(CaseVolumesDataset.record(month, row(5, 0, 0, null), c -> null))
        .containsExactly("2026-11", "SC-0001", null, 5L, 0L, 0L, null, false);
  }

  @Test
  void aYearsContractTypeWithFewerThanFiveContractsShowsNeitherCountNorSums() {
    assertThat(
            TechnicalContractsDataset.record(
                2026, new ContractStatistics.Row("transfer", true, 3, 900_000_00L, 800_000_00L)))
        .containsExactly(2026, "transfer", true, null, null, null, true);
    assertThat(
            TechnicalContractsDataset.record(
                2026, new ContractStatistics.Row("service", false, 5, 10_000L, 9_000L)))
        .containsExactly(2026, "service", false, 5L, 10_000L, 9_000L, false);
    assertThat(
            TechnicalContractsDataset.record(
                2026, new ContractStatistics.Row("consulting", false, 0, 0L, 0L)))
        .containsExactly(2026, "consulting", false, 0L, 0L, 0L, false);
  }
}
