package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 好差评 on the deployed server: the applicant rates an ended case once; a rating of 1 or 2 opens a
 * follow-up for the chief of the section that handled the case, due 15 working days later, kept by
 * the step clock like any step; the chief answers from the workbench, the applicant reads the
 * answer, the supervision lists and urges the follow-ups. Item SC-0001 belongs to 市场准入审批科, whose
 * chief is {@code chief}; officer3 belongs to another section.
 */
@ExtendWith(OneSealServer.class)
class EvaluationIT {

  private static final String ITEM = "SC-0001";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api officer3 = Api.as("officer3");
  private final Api chief = Api.as("chief");
  private final Api supervisor = Api.as("supervisor");

  /** A case the window refused to accept: it has ended, handled by the clerk. */
  private String refusedCase() {
    String number = submit(zhangsan, ITEM);
    assertThat(claimAndComplete(clerk, number, ACCEPT, "refuse", "不属于本机关职权范围"))
        .isEqualTo("REFUSED");
    return number;
  }

  private static String path(String number) {
    return "/api/applications/" + number + "/evaluation";
  }

  private static String rating(Object... keysAndValues) {
    return Api.json(Api.object(keysAndValues));
  }

  @Test
  void anEndedCaseIsRatedOnceByItsApplicantOnly() {
    String open = submit(zhangsan, ITEM);
    JsonNode early = assertJsonError(zhangsan.post(path(open), rating("level", 5)), 409);
    assertThat(early.path("code").asText()).isEqualTo("error.evaluation.caseOpen");

    String number = refusedCase();
    // another citizen meets the case as one that does not exist; staff never rate
    assertThat(
            assertJsonError(lisi.post(path(number), rating("level", 1)), 404).path("code").asText())
        .isEqualTo("error.application.notFound");
    assertJsonError(clerk.post(path(number), rating("level", 5)), 403);
    assertJsonError(supervisor.post(path(number), rating("level", 5)), 403);

    // bad input changes nothing: each problem named
    JsonNode badLevel = assertJsonError(zhangsan.post(path(number), rating("level", 6)), 400);
    assertThat(badLevel.path("problems").get(0).path("field").asText()).isEqualTo("level");
    assertJsonError(zhangsan.post(path(number), rating("level", 0)), 400);
    assertJsonError(zhangsan.post(path(number), rating("level", "5")), 400);
    assertJsonError(zhangsan.post(path(number), rating("comment", "没有等级")), 400);
    assertJsonError(
        zhangsan.post(path(number), rating("level", 4, "comment", "长".repeat(501))), 400);
    JsonNode badStep =
        assertJsonError(zhangsan.post(path(number), rating("level", 2, "step", "noSuchStep")), 400);
    assertThat(badStep.path("code").asText()).isEqualTo("error.evaluation.step");
    assertThat(badStep.path("problems").get(0).path("field").asText()).isEqualTo("step");
    assertJsonError(zhangsan.get(path(number)), 404);

    JsonNode rated =
        assertStatus(zhangsan.post(path(number), rating("level", 4, "comment", "窗口服务热情")), 201)
            .json();
    assertThat(rated.path("level").asInt()).isEqualTo(4);
    assertThat(rated.path("followUp").asText()).isEqualTo("none");
    assertThat(rated.path("itemCode").asText()).isEqualTo(ITEM);
    assertThat(rated.path("sectionCode").asText()).isEqualTo("MARKET_ACCESS");

    JsonNode again = assertJsonError(zhangsan.post(path(number), rating("level", 1)), 409);
    assertThat(again.path("code").asText()).isEqualTo("error.evaluation.alreadyRated");

    // the applicant reads it without the staff's fields; staff of the section and supervisors
    // read who handled the case; another section's staff and another citizen do not find it
    JsonNode mine = assertStatus(zhangsan.get(path(number)), 200).json();
    assertThat(mine.path("comment").asText()).isEqualTo("窗口服务热情");
    assertThat(mine.path("handlers")).isEmpty();
    JsonNode seen = assertStatus(supervisor.get(path(number)), 200).json();
    assertThat(seen.path("handlers").toString()).contains("clerk");
    assertStatus(chief.get(path(number)), 200);
    assertJsonError(officer3.get(path(number)), 404);
    assertJsonError(lisi.get(path(number)), 404);
  }

  /**
   * The {@code n}th working day after {@code day} by the public calendar: Monday to Friday, less
   * the holidays it lists, plus the weekend days it lists as working days (调休).
   */
  private static LocalDate workingDaysAfter(LocalDate day, int n) {
    Map<LocalDate, String> listed = new HashMap<>();
    for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
      for (JsonNode listedDay :
          assertStatus(Api.anonymous().get("/api/calendar/" + year), 200).json().path("days")) {
        listed.put(
            LocalDate.parse(listedDay.path("date").asText()), listedDay.path("kind").asText());
      }
    }
    LocalDate at = day;
    for (int counted = 0; counted < n; ) {
      at = at.plusDays(1);
      boolean weekend = at.getDayOfWeek().getValue() >= 6;
      String kind = listed.getOrDefault(at, weekend ? "holiday" : "workday");
      if ("workday".equals(kind)) {
        counted++;
      }
    }
    return at;
  }

  @Test
  void aNegativeRatingIsFollowedUpByTheSectionChiefWhoseAnswerTheApplicantReads() {
    String number = refusedCase();
    JsonNode rated =
        assertStatus(
                zhangsan.post(
                    path(number), rating("level", 1, "comment", "不予受理没有说明理由", "step", ACCEPT)),
                201)
            .json();
    assertThat(rated.path("followUp").asText()).isEqualTo("open");
    assertThat(rated.path("step").asText()).isEqualTo(ACCEPT);
    LocalDate due = LocalDate.parse(rated.path("followUpDue").asText());
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    // 15 working days of the published calendar, counted from the next day (a test that asked for
    // "at least 20 days" failed when rated on a Sunday: then they end 19 days later)
    assertThat(due).isEqualTo(workingDaysAfter(today, 15));

    // the rating is in the statistics of the day: the item's ratings and satisfaction rate, and
    // the case behind them
    String period = "from=" + today + "&to=" + today;
    JsonNode table =
        assertStatus(supervisor.get("/api/statistics?groupBy=item&" + period), 200).json();
    JsonNode itemRow = null;
    for (JsonNode row : table.path("rows")) {
      if (ITEM.equals(row.path("key").asText())) {
        itemRow = row;
      }
    }
    assertThat(itemRow).as("%s", table).isNotNull();
    assertThat(itemRow.path("values").path("evaluations").asLong()).isPositive();
    assertThat(itemRow.path("values").path("satisfactionRate").decimalValue())
        .isLessThan(new java.math.BigDecimal("100"));
    assertThat(
            assertStatus(
                    supervisor.get(
                        "/api/statistics/cases?groupBy=item&key="
                            + ITEM
                            + "&figure=evaluations&size=100&"
                            + period),
                    200)
                .json()
                .path("items")
                .toString())
        .contains(number);

    // the chief of the case's section finds it in the workbench inbox, with the step's clock
    JsonNode task = awaitTask(chief, number, "answerEvaluation");
    assertThat(task.path("deadline").asText()).isEqualTo(due.toString());
    assertThat(task.path("outcomes").toString()).isEqualTo("[\"answered\"]");
    assertThat(task.path("stepCard").asText()).isEqualTo("none");
    // nobody else works it: an officer of the section is refused, another section does not see it
    String taskId = task.path("id").asText();
    assertJsonError(officer.post("/api/tasks/" + taskId + "/claim"), 403);
    assertJsonError(officer3.get("/api/tasks/" + taskId), 404);

    // supervisors list and urge it; the chief is told
    JsonNode list =
        assertStatus(supervisor.get("/api/evaluation-follow-ups?status=open&size=100"), 200).json();
    JsonNode row = find(list.path("items"), number);
    assertThat(row.path("card").asText()).isEqualTo("none");
    long id = row.path("id").asLong();
    assertJsonError(chief.get("/api/evaluation-follow-ups"), 403);
    assertJsonError(zhangsan.get("/api/evaluation-follow-ups"), 403);
    assertJsonError(supervisor.get("/api/evaluation-follow-ups?status=closed"), 400);
    assertJsonError(
        chief.post("/api/evaluation-follow-ups/" + id + "/urge", rating("note", "请尽快")), 403);
    assertJsonError(
        supervisor.post("/api/evaluation-follow-ups/" + id + "/urge", rating("note", " ")), 400);
    JsonNode urged =
        assertStatus(
                supervisor.post(
                    "/api/evaluation-follow-ups/" + id + "/urge", rating("note", "请三日内答复申请人")),
                200)
            .json();
    assertThat(urged.path("urgeCount").asInt()).isEqualTo(1);
    JsonNode notice =
        StreamSupport.stream(chief.all("/api/notifications").spliterator(), false)
            .filter(n -> number.equals(n.path("applicationNumber").asText()))
            .filter(n -> "taskUrged".equals(n.path("kind").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no urge notice for " + number));
    assertThat(notice.path("detail").asText()).contains("请三日内答复申请人");

    // the chief answers: an empty answer is refused, then the explanation and rectification
    String held = claim(chief, number, "answerEvaluation");
    assertJsonError(complete(chief, held, "answered", " ", null), 400);
    assertStatus(
        complete(chief, held, "answered", "经核实，窗口未说明不予受理理由。已补发书面说明并对窗口人员开展培训。", null), 200);

    JsonNode answered = assertStatus(zhangsan.get(path(number)), 200).json();
    assertThat(answered.path("followUp").asText()).isEqualTo("answered");
    assertThat(answered.path("answer").asText()).contains("已补发书面说明");
    assertThat(answered.path("answeredBy").isNull() || answered.path("answeredBy").isMissingNode())
        .as("the applicant is not told the chief's name")
        .isTrue();
    JsonNode closed =
        find(
            assertStatus(supervisor.get("/api/evaluation-follow-ups?status=answered&size=100"), 200)
                .json()
                .path("items"),
            number);
    assertThat(closed.path("answeredBy").asText()).isEqualTo("chief");
    assertJsonError(
        supervisor.post("/api/evaluation-follow-ups/" + id + "/urge", rating("note", "再催")), 409);
  }

  @Test
  void aWithdrawnCaseMayBeRatedAndAPositiveRatingOpensNoFollowUp() {
    String number = submit(zhangsan, ITEM);
    assertStatus(
        zhangsan.post("/api/applications/" + number + "/withdraw", rating("reason", "不再需要")), 200);
    assertStatus(zhangsan.post(path(number), rating("level", 3)), 201);
    List<String> open = new ArrayList<>();
    for (JsonNode row :
        assertStatus(supervisor.get("/api/evaluation-follow-ups?size=100"), 200)
            .json()
            .path("items")) {
      open.add(row.path("applicationNumber").asText());
    }
    assertThat(open).doesNotContain(number);
  }

  private static JsonNode find(JsonNode items, String number) {
    for (JsonNode row : items) {
      if (number.equals(row.path("applicationNumber").asText())) {
        return row;
      }
    }
    throw new AssertionError(number + " not in " + items);
  }
}
