package cn.oneseal.application.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.credit.ListedSubject;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV file of the dishonesty register: an administrator who uploads a file with several wrong
 * rows learns of every one of them at once, each with its line and column, instead of fixing one
 * and uploading again.
 */
class CreditListCsvTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final String HEADER =
      "creditCode,identityNumber,name,authority,listedOn,endsOn,reason\n";

  @Test
  void aGoodFileGivesOneCheckedRowPerLine_quotesCommasAndBomIncluded() {
    String csv =
        "\uFEFF"
            + HEADER
            + "91350100M000100Y43,,某某建设有限公司,\"福建省住房和城乡建设厅, 信用办\",2026-03-01,,拖欠农民工工资\r\n"
            + ",11010519491231002x,张某,北京市人力资源和社会保障局,2026-01-15,2029-01-14,\"拒不支付劳动报酬，\"\"情节严重\"\"\"\n";
    CreditListCsv.Parsed parsed = CreditListCsv.parse(csv);
    assertThat(parsed.problems()).isEmpty();
    List<Detail> problems = new ArrayList<>();
    List<ListingInput.Checked> rows =
        parsed.rows().stream()
            .map(r -> r.input().check("lines[" + r.line() + "]", TODAY, problems))
            .toList();
    assertThat(problems).isEmpty();
    assertThat(rows.get(0).kind()).isEqualTo(ListedSubject.CREDIT_CODE);
    assertThat(rows.get(0).authority()).isEqualTo("福建省住房和城乡建设厅, 信用办");
    assertThat(rows.get(0).endsOn()).isNull();
    assertThat(rows.get(1).kind()).isEqualTo(ListedSubject.IDENTITY);
    assertThat(rows.get(1).subject()).isEqualTo("11010519491231002X");
    assertThat(rows.get(1).reason()).isEqualTo("拒不支付劳动报酬，\"情节严重\"");
    assertThat(parsed.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void everyProblemOfEveryRowIsReportedWithItsLineAndColumn() {
    String csv =
        HEADER
            + "91350100M000100Y44,,某公司,某局,2026-03-01,,理由\n"
            + ",,无主体,某局,2026-03-01,,理由\n"
            + "91350100M000100Y43,11010519491231002X,两者都有,某局,2026-03-01,,理由\n"
            + ",11010519491231002X,,,03/01/2026,2025-01-01,\n"
            + "91350100M000100Y43,,太短\n";
    CreditListCsv.Parsed parsed = CreditListCsv.parse(csv);
    List<Detail> problems = new ArrayList<>(parsed.problems());
    parsed.rows().forEach(r -> r.input().check("lines[" + r.line() + "]", TODAY, problems));
    assertThat(problems)
        .extracting(Detail::field)
        .containsExactlyInAnyOrder(
            "lines[6]",
            "lines[2].creditCode",
            "lines[3].creditCode",
            "lines[4].identityNumber",
            "lines[5].name",
            "lines[5].authority",
            "lines[5].reason",
            "lines[5].listedOn");
    assertThat(problems)
        .filteredOn(d -> d.field().equals("lines[2].creditCode"))
        .extracting(Detail::code)
        .containsExactly("error.creditCode.check");
  }

  @Test
  void anEndBeforeTheListingIsRefused() {
    List<Detail> problems = new ArrayList<>();
    new ListingInput("91350100M000100Y43", null, "某公司", "某局", "2026-03-01", "2026-02-01", "理由")
        .check("entries[0]", TODAY, problems);
    assertThat(problems)
        .extracting(Detail::field, Detail::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "entries[0].endsOn", "error.creditList.endBeforeStart"));
  }

  @Test
  void aHeaderWithUnknownOrMissingColumnsIsRefusedAsAWhole() {
    CreditListCsv.Parsed parsed = CreditListCsv.parse("code,name,listedOn\n1,2,3\n");
    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.problems())
        .extracting(Detail::code)
        .contains("error.creditList.unknownColumn", "error.creditList.missingColumn");
    assertThat(CreditListCsv.parse("").problems())
        .extracting(Detail::code)
        .containsExactly("error.creditList.empty");
    assertThat(CreditListCsv.parse(HEADER + "\"unclosed,x\n").problems())
        .extracting(Detail::code)
        .contains("error.creditList.csvQuote");
  }
}
