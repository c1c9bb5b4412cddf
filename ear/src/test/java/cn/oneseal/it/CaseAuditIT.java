package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import cn.oneseal.it.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail of a case on the deployed server (电子监察): every act on the case with its outcome
 * and opinion, the seal's use and the downloads; every read by staff and supervisors — once per
 * person, case and purpose within the window, never a list's rows — which the applicant sees as
 * role, staff number, time and the step that was open, never a name; the supervisors' trail and
 * timeline, theirs alone.
 */
@ExtendWith(OneSealServer.class)
class CaseAuditIT {

  private static final String ITEM = "SC-0001";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api officer3 = Api.as("officer3");
  private final Api chief = Api.as("chief");
  private final Api supervisor = Api.as("supervisor");

  @AfterEach
  void resetTheClock() {
    TestClock.reset();
  }

  private JsonNode viewers(Api who, String number) {
    JsonNode viewers =
        assertStatus(who.get("/api/applications/" + number + "/viewers"), 200).json();
    assertThat(viewers.isArray()).as("%s", viewers).isTrue();
    return viewers;
  }

  private static List<JsonNode> byRole(JsonNode viewers, String role) {
    return StreamSupport.stream(viewers.spliterator(), false)
        .filter(v -> role.equals(v.path("role").asText()))
        .toList();
  }

  private List<JsonNode> trail(String number) {
    List<JsonNode> lines = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode answer =
          assertStatus(
                  supervisor.get("/api/audit?application=" + number + "&size=100&page=" + page),
                  200)
              .json();
      answer.path("items").forEach(lines::add);
      if (lines.size() >= answer.path("total").asLong()) {
        return lines;
      }
    }
  }

  @Test
  void eachReadIsRecordedOncePerPersonCaseAndPurposeAndTheApplicantSeesWhoAndWhy() {
    String number = submit(zhangsan, ITEM);
    assertThat(viewers(zhangsan, number)).as("nobody has read it yet").isEmpty();

    // a list's rows are not reads of the case
    assertStatus(clerk.get("/api/applications?size=100"), 200);
    assertStatus(chief.get("/api/applications?size=100"), 200);
    assertThat(viewers(zhangsan, number)).isEmpty();

    // the window clerk reads it over and over while it waits for acceptance: one read on record
    for (int i = 0; i < 3; i++) {
      assertStatus(clerk.get("/api/applications/" + number), 200);
    }
    assertStatus(clerk.get("/api/applications/" + number + "/history"), 200);
    assertStatus(clerk.get("/api/applications/" + number + "/clock"), 200);
    JsonNode seen = viewers(zhangsan, number);
    assertThat(seen).as("%s", seen).hasSize(1);
    JsonNode read = seen.get(0);
    assertThat(read.path("role").asText()).isEqualTo("clerk");
    assertThat(read.path("staffNumber").asText()).matches("OS-\\d{4}");
    assertThat(read.path("purpose").asText()).isEqualTo(ACCEPT);
    assertThat(Instant.parse(read.path("at").asText())).isBefore(Instant.now().plusSeconds(60));
    List<String> fields = new ArrayList<>();
    read.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .as("role, staff number, time and purpose — never the name")
        .containsExactlyInAnyOrder("role", "staffNumber", "at", "purpose");

    // accepted: the officer reads for the review, the supervision for supervision
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
    awaitTask(officer, number, REVIEW);
    assertStatus(officer.get("/api/applications/" + number), 200);
    assertStatus(officer.get("/api/applications/" + number + "/clock"), 200);
    assertStatus(supervisor.get("/api/applications/" + number), 200);
    // the chief reads the case's open steps (to urge): the step open is the purpose
    assertStatus(chief.get("/api/applications/" + number + "/tasks"), 200);
    seen = viewers(zhangsan, number);
    assertThat(byRole(seen, "officer"))
        .singleElement()
        .satisfies(v -> assertThat(v.path("purpose").asText()).isEqualTo(REVIEW));
    assertThat(byRole(seen, "chief"))
        .singleElement()
        .satisfies(v -> assertThat(v.path("purpose").asText()).isEqualTo(REVIEW));
    assertThat(byRole(seen, "supervisor"))
        .singleElement()
        .satisfies(v -> assertThat(v.path("purpose").asText()).isEqualTo("supervision"));
    assertThat(seen.get(0).path("at").asText())
        .as("newest first")
        .isGreaterThanOrEqualTo(seen.get(seen.size() - 1).path("at").asText());

    // after the window the same person's read is on record again
    Instant later = Instant.now().plusSeconds(11 * 60);
    TestClock.at(OffsetDateTime.ofInstant(later, ZoneOffset.UTC).toString());
    assertStatus(supervisor.get("/api/applications/" + number + "/history"), 200);
    assertThat(byRole(viewers(zhangsan, number), "supervisor")).hasSize(2);

    // another citizen, and staff of another section, meet the case as one that does not exist
    assertJsonError(lisi.get("/api/applications/" + number + "/viewers"), 404);
    assertJsonError(officer3.get("/api/applications/" + number + "/viewers"), 404);
    assertJsonError(zhangsan.get("/api/applications/" + number + "0/viewers"), 404);
  }

  @Test
  void everyActIsOnTheTrailWithItsOutcomeOpinionSealAndDownloadsForSupervisorsOnly() {
    String number = submit(zhangsan, ITEM);
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
    String documentUrl =
        application(zhangsan, number).path("documents").get(0).path("url").asText();
    assertThat(zhangsan.download(documentUrl)).isNotEmpty();

    List<JsonNode> lines = trail(number);
    List<String> actions = lines.stream().map(l -> l.path("action").asText()).toList();
    assertThat(actions)
        .contains("case.submitted", "case.accepted", "seal.used", "document.downloaded");
    assertThat(actions.indexOf("case.submitted")).isLessThan(actions.indexOf("case.accepted"));
    JsonNode accepted =
        lines.stream()
            .filter(l -> "case.accepted".equals(l.path("action").asText()))
            .findFirst()
            .get();
    assertThat(accepted.path("actor").asText()).isEqualTo("clerk");
    assertThat(accepted.path("kind").asText()).isEqualTo("act");
    assertThat(accepted.path("detail").asText())
        .contains(ACCEPT)
        .contains("SUBMITTED→UNDER_REVIEW")
        .contains("材料齐全，予以受理");
    JsonNode seal =
        lines.stream().filter(l -> "seal.used".equals(l.path("action").asText())).findFirst().get();
    assertThat(seal.path("actor").asText()).isEqualTo("clerk");
    JsonNode download =
        lines.stream()
            .filter(l -> "document.downloaded".equals(l.path("action").asText()))
            .findFirst()
            .get();
    assertThat(download.path("actor").asText()).isEqualTo("zhangsan");
    assertThat(lines)
        .as("the clerk's read is on the trail, with role and purpose")
        .anySatisfy(
            l -> {
              assertThat(l.path("kind").asText()).isEqualTo("read");
              assertThat(l.path("actor").asText()).isEqualTo("clerk");
              assertThat(l.path("role").asText()).isEqualTo("clerk");
              assertThat(l.path("source").asText()).as("from where").isNotBlank();
            });
    assertThat(accepted.path("source").asText()).as("from where").isNotBlank();

    // supervisors only; the trail needs a case
    assertJsonError(officer.get("/api/audit?application=" + number), 403);
    assertJsonError(zhangsan.get("/api/audit?application=" + number), 403);
    JsonNode missing = assertJsonError(supervisor.get("/api/audit"), 400);
    assertThat(missing.path("problems").get(0).path("field").asText()).isEqualTo("application");
    assertJsonError(supervisor.get("/api/audit?application=" + number + "0"), 404);
    assertJsonError(supervisor.get("/api/audit?application=" + number + "&size=500"), 400);
  }

  @Test
  void theTimelineMergesTheEngineTheActsAndTheReadsInOrderForSupervisors() {
    String number = submit(zhangsan, ITEM);
    assertStatus(clerk.get("/api/applications/" + number), 200);
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");

    JsonNode page =
        assertStatus(supervisor.get("/api/applications/" + number + "/timeline?size=100"), 200)
            .json();
    List<JsonNode> lines = new ArrayList<>();
    page.path("items").forEach(lines::add);
    assertThat(lines.stream().map(l -> l.path("kind").asText()).distinct())
        .containsExactlyInAnyOrder("engine", "act", "read");
    assertThat(lines)
        .anySatisfy(
            l -> {
              assertThat(l.path("kind").asText()).isEqualTo("engine");
              assertThat(l.path("code").asText()).isEqualTo("ended");
              assertThat(l.path("who").asText()).isEqualTo("clerk");
            });
    for (int i = 1; i < lines.size(); i++) {
      assertThat(Instant.parse(lines.get(i).path("at").asText()))
          .as("in order: %s", lines.get(i))
          .isAfterOrEqualTo(Instant.parse(lines.get(i - 1).path("at").asText()));
    }
    assertJsonError(officer.get("/api/applications/" + number + "/timeline"), 403);
    assertJsonError(supervisor.get("/api/applications/" + number + "0/timeline"), 404);

    // the page: for supervisors, with the acts and reads, printable; refused to staff
    PageSession.Answer timeline =
        PageSession.signedIn("supervisor").get("/supervisor/timeline.xhtml?number=" + number);
    assertThat(timeline.status()).isEqualTo(200);
    assertThat(timeline.body()).contains(number).contains("timelineTable").contains("予以受理");
    assertThat(
            PageSession.signedIn("supervisor").get("/supervisor/timeline.xhtml?number=X").status())
        .isEqualTo(404);
    assertThat(
            PageSession.signedIn("officer")
                .get("/supervisor/timeline.xhtml?number=" + number)
                .status())
        .isEqualTo(403);

    // the applicant's case page shows who read it
    PageSession.Answer mine =
        PageSession.signedIn("zhangsan").get("/application.xhtml?number=" + number);
    assertThat(mine.body()).contains("viewersTable").contains("谁查看了我的案卷").contains("窗口受理员");
  }
}
