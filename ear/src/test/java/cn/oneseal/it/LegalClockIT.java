package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.await;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.history;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.Mailbox;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The legal clock on the deployed server, with the application's clock moved to the weeks around
 * the 2026 Mid-Autumn and National Day holidays (中秋 25–27 Sept, 国庆 1–7 Oct, make-up working days
 * Sun 20 Sept and Sat 10 Oct): working-day deadlines, the window's 5 days, pauses for corrections
 * and special steps, the director's extension, and the cards the engine's timer stores with their
 * history and tells the holders of by e-mail. The expected dates are worked out by hand from the
 * State Council's schedule. Item SC-0001 (食品经营许可): statutory 10, promised 3 working days, a site
 * inspection of 3 days, section 市场准入审批科.
 */
@ExtendWith(OneSealServer.class)
class LegalClockIT {

  private static final String ITEM = "SC-0001";

  private final Api admin = Api.as("admin");
  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");
  private final Api supervisor = Api.as("supervisor");

  @AfterEach
  void resetTheClock() {
    TestClock.reset();
  }

  private static void clockAt(String isoDateTime) {
    TestClock.at(isoDateTime);
  }

  private JsonNode clock(Api who, String number) {
    return assertStatus(who.get("/api/applications/" + number + "/clock"), 200).json();
  }

  @Test
  void deadlinesCountWorkingDaysAcrossTheHolidaysAndTheDirectorExtends() {
    clockAt("2026-09-24T10:00:00+08:00"); // Thursday before 中秋
    String number = submit(zhangsan, ITEM);

    JsonNode received = clock(zhangsan, number);
    assertThat(received.path("receivedOn").asText()).isEqualTo("2026-09-24");
    // 28, 29, 30 Sept, 8, 9 Oct: the holidays do not count
    assertThat(received.path("windowDeadline").asText()).isEqualTo("2026-10-09");
    assertThat(received.hasNonNull("startedOn")).as("%s", received).isFalse();
    assertThat(received.path("statutoryDays").asInt()).isEqualTo(10);
    assertThat(received.path("promisedDays").asInt()).isEqualTo(3);

    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
    JsonNode accepted = clock(zhangsan, number);
    assertThat(accepted.path("startedOn").asText()).isEqualTo("2026-09-24");
    assertThat(accepted.path("promisedDeadline").asText()).isEqualTo("2026-09-30");
    // … 8, 9, Sat 10 (make-up day), 12, 13, 14, 15 Oct
    assertThat(accepted.path("statutoryDeadline").asText()).isEqualTo("2026-10-15");
    assertThat(accepted.path("workingDaysUsed").asInt()).isZero();
    assertThat(accepted.path("workingDaysLeft").asInt()).isEqualTo(3);
    assertThat(accepted.path("card").asText()).isEqualTo("none");
    JsonNode review = awaitTask(officer, number, REVIEW);
    // the review's own limit is 10 working days
    assertThat(review.path("deadline").asText()).isEqualTo("2026-10-15");

    clockAt("2026-09-30T10:00:00+08:00"); // 3 of 3 promised days used: yellow
    JsonNode yellow = clock(zhangsan, number);
    assertThat(yellow.path("workingDaysUsed").asInt()).isEqualTo(3);
    assertThat(yellow.path("workingDaysLeft").asInt()).isZero();
    assertThat(yellow.path("card").asText()).isEqualTo("yellow");
    awaitCaseCard(number, "yellow");

    clockAt("2026-10-08T10:00:00+08:00"); // 4 used: over the promise
    JsonNode red = clock(zhangsan, number);
    assertThat(red.path("workingDaysUsed").asInt()).isEqualTo(4);
    assertThat(red.path("workingDaysLeft").asInt()).isEqualTo(-1);
    assertThat(red.path("statutoryDaysLeft").asInt()).isEqualTo(6);
    assertThat(red.path("card").asText()).isEqualTo("red");
    awaitCaseCard(number, "red");
    // the holders of the open review (officers of the section) are told by e-mail
    MimeMessage mail =
        OneSealServer.mailbox()
            .awaitMessageTo("officer2@oneseal.example", "红牌警告：" + number, Duration.ofSeconds(30));
    assertThat(Mailbox.text(mail)).contains(number);
    // the red case is in the officers' red list
    assertThat(taskNumbers(officer, "/api/tasks?card=red")).contains(number);
    assertThat(taskNumbers(officer, "/api/tasks?card=none")).doesNotContain(number);
    assertJsonError(officer.get("/api/tasks?card=purple"), 400);
    // and in the supervisors' red cases, searched in the database (no in-memory filter)
    assertThat(applicationNumbers(supervisor, "/api/applications?card=red&size=100"))
        .contains(number);
    assertThat(applicationNumbers(supervisor, "/api/applications?card=none&size=100"))
        .doesNotContain(number);
    JsonNode purple = assertJsonError(supervisor.get("/api/applications?card=purple"), 400);
    assertThat(purple.path("problems").get(0).path("field").asText()).isEqualTo("card");

    // only the director extends, with a reason; 10 working days by default
    assertJsonError(extend(clerk, number, "需要补充调查"), 403);
    assertJsonError(extend(director, number, " "), 400);
    JsonNode extended = assertStatus(extend(director, number, "需组织专家论证，经局长批准延长十个工作日"), 200).json();
    assertThat(extended.path("promisedDeadline").asText()).isEqualTo("2026-10-20");
    assertThat(extended.path("statutoryDeadline").asText()).isEqualTo("2026-10-29");
    assertThat(extended.path("workingDaysLeft").asInt()).isEqualTo(9);
    assertThat(extended.path("card").asText()).isEqualTo("none");
    // … at most 10 in all
    assertJsonError(
        director.post(
            "/api/applications/" + number + "/extensions",
            Api.json(Api.object("days", 1, "reason", "再延一天"))),
        400);

    // the applicant sees the extension and its reason; another citizen sees nothing
    JsonNode seen = clock(zhangsan, number);
    assertThat(seen.path("extensions")).hasSize(1);
    assertThat(seen.path("extensions").get(0).path("workingDays").asInt()).isEqualTo(10);
    assertThat(seen.path("extensions").get(0).path("reason").asText()).contains("专家论证");
    assertJsonError(Api.as("lisi").get("/api/applications/" + number + "/clock"), 404);
    assertThat(actions(history(zhangsan, number))).contains("extended");

    // the card history: none → yellow → red → none
    JsonNode cards = awaitCaseCard(number, "none");
    List<String> caseCards = new ArrayList<>();
    for (JsonNode event : cards) {
      if (event.path("step").isNull() || event.path("step").isMissingNode()) {
        caseCards.add(event.path("card").asText());
      }
    }
    assertThat(caseCards).containsSubsequence("yellow", "red", "none");
  }

  @Test
  void theClockStandsStillWhileTheSiteInspectionRuns() {
    clockAt("2026-09-24T10:00:00+08:00");
    String number = submit(zhangsan, ITEM);
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    clockAt("2026-09-28T10:00:00+08:00");
    claimAndComplete(officer, number, REVIEW, "approve", "建议准予许可，需现场核查");

    clockAt("2026-10-09T10:00:00+08:00");
    JsonNode inspecting = clock(zhangsan, number);
    assertThat(inspecting.path("paused").asBoolean()).as("%s", inspecting).isTrue();
    // the special step started on 28 Sept: that day and the following do not count
    assertThat(inspecting.path("workingDaysUsed").asInt()).isZero();
    assertThat(inspecting.path("pauses").get(0).path("kind").asText()).isEqualTo("special_step");

    String taskId = claim(officer, number, "conductSiteInspection");
    // photos go with the record: images only, by their content
    assertJsonError(inspection(taskId, "场所布局合理", "report.png", "image/png", PDF), 400);
    assertStatus(inspection(taskId, "场所布局合理，设施齐全，符合要求", "现场-1.png", "image/png", PNG), 200);
    JsonNode files = Casework.application(officer, number).path("materials");
    assertThat(
            StreamSupport.stream(files.spliterator(), false)
                .anyMatch(
                    f ->
                        "现场-1.png".equals(f.path("fileName").asText())
                            && "officer".equals(f.path("uploadedBy").asText())))
        .as("%s", files)
        .isTrue();
    clockAt("2026-10-12T10:00:00+08:00");
    JsonNode after = clock(zhangsan, number);
    assertThat(after.path("paused").asBoolean()).isFalse();
    JsonNode pause = after.path("pauses").get(0);
    assertThat(pause.path("from").asText()).isEqualTo("2026-09-28");
    assertThat(pause.path("until").asText()).isEqualTo("2026-10-09");
    // Sat 10 Oct (make-up day) and Mon 12 Oct
    assertThat(after.path("workingDaysUsed").asInt()).isEqualTo(2);
    // the record names both inspectors
    String record =
        StreamSupport.stream(history(zhangsan, number).spliterator(), false)
            .filter(e -> "specialStepCompleted".equals(e.path("action").asText()))
            .map(e -> e.path("opinion").asText())
            .findFirst()
            .orElseThrow();
    assertThat(record).contains("officer").contains("officer2").contains("符合要求");
  }

  @Test
  void correctionsArrivingOnAHolidayRestartTheWindowTheNextWorkingDay() {
    clockAt("2026-09-24T10:00:00+08:00");
    String number = submit(zhangsan, ITEM);
    String taskId = claim(clerk, number, ACCEPT);
    assertStatus(askForCorrections(taskId, List.of("营业执照副本", "经营场所平面图")), 200);

    clockAt("2026-10-03T15:00:00+08:00"); // 国庆 holiday
    assertStatus(
        zhangsan.post(
            "/api/applications/" + number + "/corrections",
            Api.json(Api.object("note", "已补交营业执照副本和平面图"))),
        200);
    JsonNode clock = clock(zhangsan, number);
    assertThat(clock.path("receivedOn").asText()).isEqualTo("2026-10-03");
    // 8, 9, Sat 10, 12, 13 Oct
    assertThat(clock.path("windowDeadline").asText()).isEqualTo("2026-10-13");
    JsonNode pause = clock.path("pauses").get(0);
    assertThat(pause.path("kind").asText()).isEqualTo("correction");
    assertThat(pause.path("from").asText()).isEqualTo("2026-09-24");
    assertThat(pause.path("until").asText()).isEqualTo("2026-10-03");
  }

  @Test
  void onlyAnAdministratorMovesTheClock() {
    assertJsonError(
        Api.as("director")
            .put("/api/system/clock", Api.json(Api.object("now", "2027-01-05T09:00:00+08:00"))),
        403);
    assertJsonError(Api.anonymous().put("/api/system/clock", "{}"), 401);
    assertJsonError(admin.put("/api/system/clock", Api.json(Api.object("now", "tomorrow"))), 400);
  }

  private Api.Response askForCorrections(String taskId, List<String> missing) {
    return Casework.complete(clerk, taskId, "correct", "请一次性补正", missing);
  }

  /** The start of a PDF, in Base64. */
  private static final String PDF =
      java.util.Base64.getEncoder()
          .encodeToString("%PDF-1.4 report".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

  /** A 1×1 PNG. */
  private static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

  /** The site inspection by officer and officer2, with one file (Base64) as its photo. */
  private Api.Response inspection(
      String taskId, String findings, String fileName, String contentType, String content) {
    return officer.post(
        "/api/tasks/" + taskId + "/complete",
        Api.json(
            Api.object(
                "outcome",
                "done",
                "opinion",
                findings,
                "inspectors",
                List.of("officer", "officer2"),
                "photos",
                List.of(
                    Api.object(
                        "fileName",
                        fileName,
                        "contentType",
                        contentType,
                        "contentBase64",
                        content)))));
  }

  private static Api.Response extend(Api who, String number, String reason) {
    return who.post(
        "/api/applications/" + number + "/extensions", Api.json(Api.object("reason", reason)));
  }

  /** Waits until the watch has stored this card for the case; answers the card history. */
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
          return card.equals(last) || ("none".equals(card) && last == null);
        });
  }

  private static List<String> taskNumbers(Api who, String path) {
    return StreamSupport.stream(who.all(path).spliterator(), false)
        .map(t -> t.path("applicationNumber").asText())
        .toList();
  }

  private static List<String> applicationNumbers(Api who, String path) {
    return StreamSupport.stream(who.all(path).spliterator(), false)
        .map(a -> a.path("number").asText())
        .toList();
  }

  private static List<String> actions(JsonNode history) {
    return StreamSupport.stream(history.spliterator(), false)
        .map(e -> e.path("action").asText())
        .toList();
  }
}
