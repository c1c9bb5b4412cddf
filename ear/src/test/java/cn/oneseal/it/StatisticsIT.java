package cn.oneseal.it;

import static cn.oneseal.it.CatalogVersioningIT.create;
import static cn.oneseal.it.CatalogVersioningIT.draft;
import static cn.oneseal.it.CatalogVersioningIT.today;
import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.await;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics against a known set of cases. Isolated from the other tests' cases twice: a
 * dedicated item (created through the catalogue administration, section 社会事务科, statutory 20 and
 * promised 5 working days) and a dedicated period, June 2032, reached by moving the application's
 * clock (no holidays are entered for 2032: weekends are the only days off; 1 June 2032 is a
 * Tuesday). The figures are asserted on the item's own row.
 *
 * <ul>
 *   <li>A: filed and accepted Tue 1 June, reviewed and decided (approved) Fri 4 June: 3 working
 *       days used — on time and early.
 *   <li>B: filed and accepted 1 June, reviewed Tue 8 June (yellow card: 5 of 5 promised days used),
 *       decided (denied) Thu 10 June after its red card: 7 days — on time, not early.
 *   <li>C: filed 1 June and withdrawn at once. D: filed 1 June and refused at the window.
 * </ul>
 *
 * Steps completed (working days): acceptances A 0, B 0, refusal D 0; reviews A 3, B 5; decisions A
 * 0, B 2 → p50 0, p90 5; by step: review p50 3, p90 5; decision p50 0, p90 2.
 */
@ExtendWith(OneSealServer.class)
class StatisticsIT {

  private static final String PERIOD = "from=2032-06-01&to=2032-06-30";

  private final Api admin = Api.as("admin");
  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");
  private final Api supervisor = Api.as("supervisor");
  private final Api chief = Api.as("chief");

  @AfterEach
  void resetTheClock() {
    TestClock.reset();
  }

  private static void clockAt(String isoDateTime) {
    TestClock.at(isoDateTime);
  }

  @Test
  void figuresOfAKnownSetOfCases() throws Exception {
    String item = "TJ-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    create(admin, draft(item, "统计测试事项 " + item, today(), 1));

    clockAt("2032-06-01T09:00:00+08:00");
    String a = submit(zhangsan, item);
    String b = submit(zhangsan, item);
    String c = submit(zhangsan, item);
    assertStatus(
        zhangsan.post(
            "/api/applications/" + c + "/withdraw", Api.json(Api.object("reason", "不再需要"))),
        200);
    String d = submit(zhangsan, item);
    claimAndComplete(clerk, d, ACCEPT, "refuse", "不属于本机关职权范围");
    claimAndComplete(clerk, a, ACCEPT, "accept", "材料齐全，予以受理");
    claimAndComplete(clerk, b, ACCEPT, "accept", "材料齐全，予以受理");

    clockAt("2032-06-04T10:00:00+08:00");
    claimAndComplete(officer, a, REVIEW, "approve", "符合条件");
    claimAndComplete(director, a, DECIDE, "approve", "准予许可");

    clockAt("2032-06-08T10:00:00+08:00");
    awaitCaseCard(b, "yellow");
    claimAndComplete(officer, b, REVIEW, "deny", "不符合条件");

    clockAt("2032-06-10T10:00:00+08:00");
    awaitCaseCard(b, "red");
    claimAndComplete(director, b, DECIDE, "deny", "不予许可，理由见审查意见");

    // by item: the item's own row
    JsonNode byItem = table(supervisor, "groupBy=item");
    assertThat(byItem.path("section").isNull()).isTrue();
    JsonNode row = row(byItem, item).orElseThrow(() -> new AssertionError(byItem.toString()));
    JsonNode v = row.path("values");
    assertThat(v.path("received").asInt()).as("%s", row).isEqualTo(4);
    assertThat(v.path("accepted").asInt()).isEqualTo(2);
    assertThat(v.path("refused").asInt()).isEqualTo(1);
    assertThat(v.path("decided").asInt()).isEqualTo(2);
    assertThat(v.path("withdrawn").asInt()).isEqualTo(1);
    assertThat(v.path("onTimeRate").decimalValue()).isEqualByComparingTo("100.0");
    assertThat(v.path("earlyRate").decimalValue()).isEqualByComparingTo("50.0");
    assertThat(v.path("yellowCards").asInt()).isEqualTo(1);
    assertThat(v.path("redCards").asInt()).isEqualTo(1);
    assertThat(v.path("steps").asInt()).isEqualTo(7);
    assertThat(v.path("stepP50").asInt()).isZero();
    assertThat(v.path("stepP90").asInt()).isEqualTo(5);
    assertThat(row.path("label").asText()).contains("统计测试事项");

    // the cases behind the figures
    assertThat(cases(supervisor, "groupBy=item&key=" + item + "&figure=received"))
        .containsExactlyInAnyOrder(a, b, c, d);
    assertThat(cases(supervisor, "groupBy=item&key=" + item + "&figure=decided"))
        .containsExactlyInAnyOrder(a, b);
    assertThat(cases(supervisor, "groupBy=item&key=" + item + "&figure=earlyRate"))
        .containsExactly(a);
    assertThat(cases(supervisor, "groupBy=item&key=" + item + "&figure=redCards"))
        .containsExactly(b);
    assertThat(cases(supervisor, "groupBy=item&key=" + item + "&figure=withdrawn"))
        .containsExactly(c);

    // by step: the bottleneck is the review
    JsonNode byStep = table(director, "groupBy=step");
    JsonNode review = row(byStep, REVIEW).orElseThrow();
    assertThat(review.path("values").path("steps").asInt()).isEqualTo(2);
    assertThat(review.path("values").path("stepP50").asInt()).isEqualTo(3);
    assertThat(review.path("values").path("stepP90").asInt()).isEqualTo(5);
    assertThat(review.path("label").asText()).isEqualTo("审查");
    JsonNode decide = row(byStep, DECIDE).orElseThrow();
    assertThat(decide.path("values").path("stepP50").asInt()).isZero();
    assertThat(decide.path("values").path("stepP90").asInt()).isEqualTo(2);
    assertThat(review.path("values").has("received")).as("no filings by step").isFalse();

    // by person: the director decided both, one early; the clerk accepted two and refused one
    JsonNode byPerson = table(supervisor, "groupBy=person");
    JsonNode directorRow = row(byPerson, "director").orElseThrow();
    assertThat(directorRow.path("values").path("decided").asInt()).isEqualTo(2);
    assertThat(directorRow.path("values").path("earlyRate").decimalValue())
        .isEqualByComparingTo("50.0");
    assertThat(directorRow.path("label").asText()).contains("director");
    JsonNode clerkRow = row(byPerson, "clerk").orElseThrow();
    assertThat(clerkRow.path("values").path("accepted").asInt()).isEqualTo(2);
    assertThat(clerkRow.path("values").path("refused").asInt()).isEqualTo(1);
    assertThat(clerkRow.path("values").has("received")).isFalse();

    // by month: June 2032 holds them; the period's months are all listed
    JsonNode byMonth = table(supervisor, "from=2032-05-15&to=2032-06-30&groupBy=month", true);
    assertThat(byMonth.path("rows")).hasSize(2);
    assertThat(row(byMonth, "2032-06").orElseThrow().path("values").path("received").asInt())
        .isGreaterThanOrEqualTo(4);
    assertThat(row(byMonth, "2032-05").orElseThrow().path("values").path("received").asInt())
        .isZero();

    // a chief sees their own section's figures only: the item is 社会事务科's, the chief 市场准入科's
    JsonNode chiefs = table(chief, "groupBy=item");
    assertThat(chiefs.path("section").asText()).isEqualTo("MARKET_ACCESS");
    assertThat(row(chiefs, item)).isEmpty();
    assertThat(cases(chief, "groupBy=item&key=" + item + "&figure=received")).isEmpty();
    JsonNode chiefSections = table(chief, "groupBy=section");
    for (JsonNode r : chiefSections.path("rows")) {
      assertThat(r.path("key").asText()).isEqualTo("MARKET_ACCESS");
    }
    String chiefCsv =
        new String(
            chief.download("/api/statistics/export?format=csv&groupBy=item&" + PERIOD),
            StandardCharsets.UTF_8);
    assertThat(chiefCsv).doesNotContain(item);

    // the exports carry the same figures
    Response xlsx =
        assertStatus(
            supervisor.get("/api/statistics/export?format=xlsx&groupBy=item&" + PERIOD), 200);
    assertThat(xlsx.header("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("statistics-2032-06-01-2032-06-30-item.xlsx");
    byte[] workbook =
        supervisor.download("/api/statistics/export?format=xlsx&groupBy=item&" + PERIOD);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(1);
      List<String> headers = new ArrayList<>();
      header.forEach(cell -> headers.add(cell.getStringCellValue()));
      Row mine = null;
      for (Row r : sheet) {
        if (r.getRowNum() > 1 && r.getCell(0).getStringCellValue().contains(item)) {
          mine = r;
        }
      }
      assertThat(mine).as("the item's row in the workbook").isNotNull();
      assertThat(mine.getCell(headers.indexOf("收件")).getNumericCellValue()).isEqualTo(4.0);
      assertThat(mine.getCell(headers.indexOf("办结")).getNumericCellValue()).isEqualTo(2.0);
      assertThat(mine.getCell(headers.indexOf("提前办结率（%）")).getNumericCellValue()).isEqualTo(50.0);
      assertThat(mine.getCell(headers.indexOf("环节用时 90 分位数（工作日）")).getNumericCellValue())
          .isEqualTo(5.0);
    }
    String csv =
        new String(
            supervisor.download("/api/statistics/export?format=csv&groupBy=item&" + PERIOD),
            StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF");
    String[] lines = csv.substring(1).split("\r\n");
    List<String> columns = List.of(lines[0].split(","));
    String line =
        java.util.Arrays.stream(lines).filter(l -> l.contains(item)).findFirst().orElseThrow();
    List<String> cells = List.of(line.split(","));
    assertThat(cells.get(columns.indexOf("收件"))).isEqualTo("4");
    assertThat(cells.get(columns.indexOf("按时办结率（%）"))).isEqualTo("100.0");
    assertThat(lines[lines.length - 1]).startsWith("合计,");
    Response csvAnswer = supervisor.get("/api/statistics/export?format=csv&groupBy=item&" + PERIOD);
    assertThat(csvAnswer.header("Content-Type").orElseThrow()).startsWith("text/csv");
    byte[] pdf = supervisor.download("/api/statistics/export?format=pdf&groupBy=item&" + PERIOD);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("统计监测").contains(item).contains("合计");
    }
  }

  @Test
  void badInputIsRefusedWithEveryProblem() {
    JsonNode both =
        assertJsonError(
            supervisor.get("/api/statistics?from=2032-13-01&to=yesterday&groupBy=colour"), 400);
    List<String> fields =
        StreamSupport.stream(both.path("problems").spliterator(), false)
            .map(p -> p.path("field").asText())
            .toList();
    assertThat(fields).containsExactlyInAnyOrder("from", "to", "groupBy");
    assertThat(both.path("code").asText()).startsWith("error.statistics.");

    JsonNode reversed =
        assertJsonError(supervisor.get("/api/statistics?from=2032-06-30&to=2032-06-01"), 400);
    assertThat(reversed.path("code").asText()).isEqualTo("error.statistics.fromAfterTo");
    assertThat(reversed.path("problems").get(0).path("field").asText()).isEqualTo("from");
    assertThat(
            assertJsonError(supervisor.get("/api/statistics?from=2020-01-01&to=2032-06-01"), 400)
                .path("code")
                .asText())
        .isEqualTo("error.statistics.periodTooLong");
    assertThat(
            assertJsonError(supervisor.get("/api/statistics/export?format=docx&" + PERIOD), 400)
                .path("problems")
                .get(0)
                .path("field")
                .asText())
        .isEqualTo("format");
    assertThat(
            assertJsonError(supervisor.get("/api/statistics/cases?figure=happiness&" + PERIOD), 400)
                .path("code")
                .asText())
        .isEqualTo("error.statistics.figure");
    assertThat(
            assertJsonError(
                    supervisor.get("/api/statistics/cases?figure=received&groupBy=month&key=june"),
                    400)
                .path("code")
                .asText())
        .isEqualTo("error.statistics.key");
    // English, too
    JsonNode english =
        assertJsonError(
            supervisor.get("/api/statistics?groupBy=colour", "Accept-Language", "en"), 400);
    assertThat(english.path("message").asText()).contains("Cannot group by");
    // the role before the input: a clerk learns nothing about it
    assertJsonError(clerk.get("/api/statistics?groupBy=colour"), 403);
  }

  private JsonNode table(Api who, String query) {
    return table(who, query, false);
  }

  private JsonNode table(Api who, String query, boolean ownPeriod) {
    return assertStatus(
            who.get("/api/statistics?" + (ownPeriod ? query : PERIOD + "&" + query)), 200)
        .json();
  }

  private static Optional<JsonNode> row(JsonNode table, String key) {
    return StreamSupport.stream(table.path("rows").spliterator(), false)
        .filter(r -> key.equals(r.path("key").asText()))
        .findFirst();
  }

  private List<String> cases(Api who, String query) {
    return StreamSupport.stream(
            who.all("/api/statistics/cases?" + PERIOD + "&" + query).spliterator(), false)
        .map(c -> c.path("number").asText())
        .toList();
  }

  private JsonNode awaitCaseCard(String number, String card) {
    return await(
        "case card " + card + " of " + number,
        () -> director.all("/api/applications/" + number + "/cards"),
        events -> {
          String last = null;
          for (JsonNode event : events) {
            if (event.path("step").isNull() || event.path("step").isMissingNode()) {
              last = event.path("card").asText();
            }
          }
          return card.equals(last);
        });
  }
}
