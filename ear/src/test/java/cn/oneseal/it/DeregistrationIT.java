package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.await;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.Registrations;
import cn.oneseal.it.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deregistration (注销登记, issue 16, docs/deregistration.md) on the running server, with the
 * controllable clock: the simplified path across the 20-day notice without objection, an objection
 * that stops it (with the rate limit and the end of the notice), the filing window lapsing, an
 * individual business without notice, and a business the records exclude, refused with every reason
 * and left to the ordinary path.
 */
@ExtendWith(OneSealServer.class)
class DeregistrationIT {

  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");
  private final Api admin = Api.as("admin");
  private final Api anonymous = Api.anonymous();

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  @Test
  void withoutObjectionTheNoticeEndsTheBusinessFilesAndTheLicenceIsDeregistered() {
    String code = licensedCompany();
    JsonNode eligibility =
        assertStatus(
                zhangsan.get(
                    "/api/deregistrations/eligibility?code="
                        + code
                        + "&noDebts=true&notListedCompany=true&noFrozenEquity=true"),
                200)
            .json();
    assertThat(eligibility.path("eligible").asBoolean()).as("%s", eligibility).isTrue();
    assertThat(eligibility.path("noticeRequired").asBoolean()).isTrue();
    assertThat(eligibility.path("investors").toString()).contains("张三", "李四");

    // filed 21 days ago: the notice's 20 calendar days are over now
    TestClock.at(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(21).toString());
    JsonNode filed = assertStatus(file(code), 201).json();
    String number = filed.path("applicationNumber").asText();
    String notice = filed.path("noticeNumber").asText();
    assertThat(notice).matches("GSJY-\\d{4}-\\d{6}");
    assertThat(filed.path("status").asText()).isEqualTo("notice");
    assertThat(
            java.time.LocalDate.parse(filed.path("noticeEndsOn").asText()).minusDays(20).toString())
        .isEqualTo(filed.path("noticeStartsOn").asText());

    // the investors' commitment is recorded like a commitment letter: the system key, no seal
    JsonNode documents = Casework.application(zhangsan, number).path("documents");
    assertThat(documents.toString()).contains("commitment-letter");

    // the notice is public, by its number
    JsonNode published = assertStatus(anonymous.get("/api/public-notices/" + notice), 200).json();
    assertThat(published.path("creditCode").asText()).isEqualTo(code);
    assertThat(published.path("commitment").asText()).contains("全体投资人");
    assertThat(published.path("authority").asText()).isNotBlank();

    TestClock.reset();
    JsonNode awaiting =
        await(
            "the notice of " + number + " ended",
            () -> assertStatus(zhangsan.get("/api/deregistrations/" + number), 200).json(),
            d -> d.path("status").asText().equals("awaiting-filing"));
    assertThat(awaiting.path("filingOpen").asBoolean()).isTrue();
    // no objection after the notice
    assertJsonError(objection(notice, "198.51.100.21"), 409);

    JsonNode applied =
        assertStatus(zhangsan.post("/api/deregistrations/" + number + "/filing", "{}"), 200).json();
    assertThat(applied.path("status").asText()).isEqualTo("filed");
    claimAndComplete(clerk, number, ACCEPT, "accept", "注销登记申请齐全，予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "符合简易注销条件");
    assertThat(claimAndComplete(director, number, DECIDE, "approve", "准予注销登记"))
        .isEqualTo("APPROVED");

    JsonNode licence =
        await(
            "licence " + code + " deregistered",
            () -> assertStatus(anonymous.get("/api/licenses/" + code), 200).json(),
            l -> l.path("status").asText().equals("deregistered"));
    assertThat(licence.path("status").asText()).isEqualTo("deregistered");
    await(
        "deregistration " + number + " done",
        () -> assertStatus(zhangsan.get("/api/deregistrations/" + number), 200).json(),
        d -> d.path("status").asText().equals("deregistered"));
    // a deregistered business cannot deregister again
    JsonNode after =
        assertStatus(zhangsan.get("/api/deregistrations/eligibility?code=" + code), 200).json();
    assertThat(after.path("problems").toString())
        .contains("error.deregistration.licenceNotInForce");
  }

  @Test
  void anObjectionStopsTheSimplePathAndObjectionsAreLimitedAndOnlyDuringTheNotice() {
    String code = licensedCompany();
    JsonNode filed = assertStatus(file(code), 201).json();
    String number = filed.path("applicationNumber").asText();
    String notice = filed.path("noticeNumber").asText();
    assertThat(anonymous.all("/api/public-notices").toString()).contains(notice);

    // every field is required, each reported with its field
    JsonNode refused =
        assertJsonError(
            anonymous.post(
                "/api/public-notices/" + notice + "/objections",
                Api.json(Api.object("name", " ")),
                FORWARDED_FOR,
                "198.51.100.30"),
            400);
    assertThat(refused.path("problems").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "contact", "reason");

    // an address of its own for this run (the limit counts an hour back, whatever ran before)
    String address =
        "198.51."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(101, 200)
            + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    assertStatus(objection(notice, address), 201);
    JsonNode shown = assertStatus(anonymous.get("/api/public-notices/" + notice), 200).json();
    assertThat(shown.toString()).doesNotContain("13912345678").doesNotContain("王异议");

    // the registration section sees the objection with its contact
    awaitTask(officer, number, "reviewObjection");
    JsonNode objections = officer.get("/api/deregistrations/" + number + "/objections").json();
    assertThat(objections.toString()).contains("13912345678");

    // one address files at most five an hour
    for (int i = 0; i < 4; i++) {
      assertStatus(objection(notice, address), 201);
    }
    Response tooMany = objection(notice, address);
    assertJsonError(tooMany, 429);
    assertThat(tooMany.header("Retry-After")).isPresent();

    claimAndComplete(officer, number, "reviewObjection", "sustain", "债权人异议成立");
    JsonNode ended =
        await(
            "the simple path of " + number + " refused",
            () -> assertStatus(zhangsan.get("/api/deregistrations/" + number), 200).json(),
            d -> d.path("status").asText().equals("refused"));
    assertThat(ended.path("filingOpen").asBoolean()).isFalse();
    JsonNode terminated = assertStatus(anonymous.get("/api/public-notices/" + notice), 200).json();
    assertThat(terminated.path("state").asText()).isEqualTo("terminated");
    assertThat(terminated.path("objectionsOpen").asBoolean()).isFalse();
    assertJsonError(objection(notice, "198.51.100.32"), 409);
    assertThat(anonymous.get("/api/licenses/" + code).json().path("status").asText())
        .isEqualTo("valid");
    // the ordinary path remains: a new deregistration may be filed
    assertThat(
            assertStatus(zhangsan.get("/api/deregistrations/eligibility?code=" + code), 200)
                .json()
                .path("current")
                .path("status")
                .asText())
        .isEqualTo("refused");
  }

  @Test
  void withoutAFilingWithinTwentyDaysAfterTheNoticeTheSimplePathLapses() {
    String code = licensedCompany();
    TestClock.at(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(42).toString());
    String number = assertStatus(file(code), 201).json().path("applicationNumber").asText();
    TestClock.reset();
    await(
        "deregistration " + number + " lapsed",
        () -> assertStatus(zhangsan.get("/api/deregistrations/" + number), 200).json(),
        d -> d.path("status").asText().equals("lapsed"));
    assertJsonError(zhangsan.post("/api/deregistrations/" + number + "/filing", "{}"), 409);
    assertThat(zhangsan.all("/api/notifications").toString()).contains(number);
    assertThat(anonymous.get("/api/licenses/" + code).json().path("status").asText())
        .isEqualTo("valid");
  }

  @Test
  void anIndividualBusinessIsDeregisteredWithoutANotice() {
    String code = licensed(individualBusiness());
    JsonNode eligibility =
        assertStatus(zhangsan.get("/api/deregistrations/eligibility?code=" + code), 200).json();
    assertThat(eligibility.path("noticeRequired").asBoolean()).isFalse();
    JsonNode filed = assertStatus(file(code), 201).json();
    String number = filed.path("applicationNumber").asText();
    assertThat(filed.path("noticeNumber").isTextual()).as("%s", filed).isFalse();
    assertThat(filed.path("status").asText()).isEqualTo("filed");
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "符合条件");
    claimAndComplete(director, number, DECIDE, "approve", "准予注销登记");
    await(
        "licence " + code + " deregistered",
        () -> assertStatus(anonymous.get("/api/licenses/" + code), 200).json(),
        l -> l.path("status").asText().equals("deregistered"));
  }

  @Test
  void aBusinessTheRecordsExcludeIsRefusedWithEveryReasonAndMayDeregisterTheOrdinaryWay() {
    String code = licensedCompany();
    assertStatus(
        admin.post(
            "/api/admin/abnormal-operations",
            Api.json(
                Api.object("creditCode", code, "reason", "通过登记的住所无法联系", "listedOn", "2026-01-05"))),
        201);
    assertStatus(
        admin.post(
            "/api/admin/credit-list",
            Api.json(
                Api.object(
                    "entries",
                    List.of(
                        Api.object(
                            "creditCode", code,
                            "name", "注销测试企业",
                            "authority", "太原市市场监督管理局",
                            "listedOn", "2026-01-05",
                            "reason", "注销测试"))))),
        200);
    List<String> before = Casework.numbersOf(zhangsan);
    JsonNode refused =
        assertJsonError(
            zhangsan.post("/api/deregistrations", Api.json(Api.object("creditCode", code))), 400);
    assertThat(refused.path("problems").findValuesAsText("code"))
        .containsExactlyInAnyOrder(
            "error.deregistration.dishonest",
            "error.deregistration.abnormal",
            "error.deregistration.debts",
            "error.deregistration.listedCompany",
            "error.deregistration.frozenEquity");
    assertThat(Casework.numbersOf(zhangsan)).isEqualTo(before);

    // the ordinary deregistration with the liquidation report
    Map<String, Object> report =
        Api.object(
            "requirement", "liquidation-report",
            "fileName", "清算报告.pdf",
            "contentType", "application/pdf",
            "contentBase64",
                Base64.getEncoder()
                    .encodeToString("%PDF-1.4 report".getBytes(StandardCharsets.UTF_8)));
    JsonNode ordinary =
        assertStatus(
                zhangsan.post(
                    "/api/deregistrations",
                    Api.json(
                        Api.object(
                            "creditCode", code, "path", "ordinary", "materials", List.of(report)))),
                201)
            .json();
    assertThat(ordinary.path("path").asText()).isEqualTo("ordinary");
    assertThat(ordinary.path("status").asText()).isEqualTo("filed");
    awaitTask(clerk, ordinary.path("applicationNumber").asText(), ACCEPT);
  }

  // ------------------------------------------------------------------------------------------

  private Response file(String code) {
    return zhangsan.post(
        "/api/deregistrations",
        Api.json(
            Api.object(
                "creditCode", code,
                "noDebts", true,
                "notListedCompany", true,
                "noFrozenEquity", true)));
  }

  private Response objection(String notice, String address) {
    return anonymous.post(
        "/api/public-notices/" + notice + "/objections",
        Api.json(Api.object("name", "王异议", "contact", "13912345678", "reason", "该企业尚欠我方货款未结清。")),
        FORWARDED_FOR,
        address);
  }

  private String licensedCompany() {
    return licensed(Registrations.submitCompany(zhangsan));
  }

  /** Registers the business of the submitted registration; answers its credit code. */
  private String licensed(String number) {
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");
    claimAndComplete(director, number, DECIDE, "approve", "准予登记");
    return await(
            "licence of " + number,
            () -> zhangsan.get("/api/applications/" + number + "/licence"),
            r -> r.status() == 200)
        .json()
        .path("creditCode")
        .asText();
  }

  /** An individual business of zhangsan's, submitted. */
  private String individualBusiness() {
    return Registrations.submitIndividualBusiness(zhangsan);
  }
}
