package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 告知承诺制 on the deployed server: an eligible item (WJ-0001 公共场所卫生许可, section 社会事务审批科, post-check
 * period two months) is approved on the applicant's signed commitment without review; the engine's
 * timer opens the post-check when the period has run (the application's clock is moved back two
 * months for the filing and the decision, so that the real job executor fires the timer now); the
 * officer finds the commitment false; the holder states their case online; the director revokes,
 * and the approval decision's status is revoked in the public verification API.
 */
@ExtendWith(OneSealServer.class)
class CommitmentIT {

  private static final String ELIGIBLE = "WJ-0001";
  private static final String NOT_ELIGIBLE = "JT-0001";
  private static final String POST_CHECK = "conductPostCheck";
  private static final String DECIDE_REVOCATION = "decideRevocation";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api officer3 = Api.as("officer3");
  private final Api officer2 = Api.as("officer2");
  private final Api director = Api.as("director");

  @AfterEach
  void resetTheClock() {
    TestClock.reset();
  }

  private Response fileOnCommitment(Api citizen, String itemCode, Object commitment) {
    Map<String, Object> body =
        Api.object("itemCode", itemCode, "form", Casework.form("张三卫生服务有限公司"));
    body.put("commitment", commitment);
    return citizen.post(
        "/api/applications", Api.json(body), "Idempotency-Key", UUID.randomUUID().toString());
  }

  @Test
  void theCatalogueShowsWhichItemsMayBeApprovedOnACommitment() {
    JsonNode item = assertStatus(Api.anonymous().get("/api/items/" + ELIGIBLE), 200).json();
    assertThat(item.path("commitmentEligible").asBoolean()).as("%s", item).isTrue();
    assertThat(item.path("commitment").path("text").asText()).contains("从业人员", "健康合格证明");
    assertThat(item.path("commitment").path("textEn").asText()).contains("health certificate");
    assertThat(item.path("commitment").path("postCheckPeriod").asText()).isEqualTo("P2M");

    JsonNode other = assertStatus(Api.anonymous().get("/api/items/" + NOT_ELIGIBLE), 200).json();
    assertThat(other.path("commitmentEligible").asBoolean()).isFalse();
    assertThat(other.path("commitment").isMissingNode() || other.path("commitment").isNull())
        .isTrue();
    long eligible =
        StreamSupport.stream(Api.anonymous().all("/api/items").spliterator(), false)
            .filter(i -> i.path("commitmentEligible").asBoolean())
            .count();
    assertThat(eligible).as("at least four real items offer the commitment path").isGreaterThan(3);
  }

  @Test
  void aCommitmentOnAnItemThatDoesNotOfferItIsRefusedAndNothingIsFiled() {
    List<String> before = Casework.numbersOf(zhangsan);
    JsonNode error = assertJsonError(fileOnCommitment(zhangsan, NOT_ELIGIBLE, true), 400);
    assertThat(error.path("code").asText()).isEqualTo("error.commitment.notEligible");
    assertThat(error.path("problems").get(0).path("field").asText()).isEqualTo("commitment");
    assertJsonError(fileOnCommitment(zhangsan, ELIGIBLE, "yes"), 400);
    assertThat(Casework.numbersOf(zhangsan)).isEqualTo(before);
  }

  @Test
  void aFalseCommitmentIsRevokedAfterThePostCheckAndTheHoldersStatement() {
    // the filing and the decision two months ago (plus a minute): the post-check is due now
    OffsetDateTime twoMonthsAgo =
        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMonths(2).minusMinutes(1);
    TestClock.at(twoMonthsAgo.toString());

    Response filed = assertStatus(fileOnCommitment(zhangsan, ELIGIBLE, true), 201);
    String number = filed.json().path("number").asText();
    JsonNode signed = assertStatus(zhangsan.get(commitmentOf(number)), 200).json();
    assertThat(signed.path("state").asText()).isEqualTo("signed");
    assertThat(signed.path("commitmentText").asText()).contains("健康合格证明");
    JsonNode letter = document(zhangsan, number, "commitment-letter");
    JsonNode letterCheck =
        assertStatus(Api.anonymous().get(letter.path("verification").asText()), 200).json();
    assertThat(letterCheck.path("sealed").asBoolean())
        .as("the applicant's letter carries no bureau seal: %s", letterCheck)
        .isFalse();
    assertThat(letterCheck.path("intact").asBoolean()).as("%s", letterCheck).isTrue();
    assertThat(letterCheck.path("document").path("receivedRecord").asBoolean()).isTrue();

    // the window accepts; the director decides at once — there is no review
    assertThat(claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理"))
        .isEqualTo("AWAITING_DECISION");
    assertThat(claimAndComplete(director, number, DECIDE, "approve", "依承诺当场准予许可"))
        .isEqualTo("APPROVED");
    JsonNode approval = document(zhangsan, number, "approval-decision");
    JsonNode valid =
        assertStatus(Api.anonymous().get(approval.path("verification").asText()), 200).json();
    assertThat(valid.path("document").path("status").asText()).isEqualTo("valid");

    JsonNode scheduled = assertStatus(zhangsan.get(commitmentOf(number)), 200).json();
    assertThat(scheduled.path("state").asText()).isEqualTo("post-check-scheduled");
    Instant decided = Casework.instant(application(zhangsan, number).path("decidedAt"));
    assertThat(Casework.instant(scheduled.path("postCheckDue")))
        .as("two months after the decision")
        .isEqualTo(decided.atZone(ZoneId.of("Asia/Shanghai")).plusMonths(2).toInstant());

    TestClock.reset();
    // the engine's timer opens the post-check for the officers of the item's section only
    String taskId = Casework.claim(officer3, number, POST_CHECK);
    assertThat(Casework.findTask(officer2, number, POST_CHECK)).isEmpty();

    // a false commitment needs its finding
    assertThat(
            assertJsonError(Casework.complete(officer3, taskId, "false", " ", null), 400)
                .path("code")
                .asText())
        .isEqualTo("error.commitment.findingRequired");
    assertStatus(
        Casework.complete(officer3, taskId, "false", "现场核查发现从业人员3人均未取得健康合格证明，承诺不实", null), 200);

    JsonNode invited = assertStatus(zhangsan.get(commitmentOf(number)), 200).json();
    assertThat(invited.path("state").asText()).isEqualTo("statement-invited");
    assertThat(invited.path("statementOpen").asBoolean()).isTrue();
    document(zhangsan, number, "revocation-notice");

    // the statement: only the holder, not empty, once
    assertStatus(lisi.post(statementOf(number), Api.json(Api.object("text", "我来替他说"))), 404);
    assertStatus(Api.anonymous().post(statementOf(number), Api.json(Api.object("text", "x"))), 401);
    assertThat(
            assertJsonError(
                    zhangsan.post(statementOf(number), Api.json(Api.object("text", " "))), 400)
                .path("code")
                .asText())
        .isEqualTo("error.commitment.statementRequired");
    assertJsonError(zhangsan.post(statementOf(number), Api.json(Api.object("text", 42))), 400);
    assertStatus(
        zhangsan.post(
            statementOf(number), Api.json(Api.object("text", "核查当日两名员工的健康证正在办理中，已于次日取得，附证明。"))),
        200);
    assertJsonError(zhangsan.post(statementOf(number), Api.json(Api.object("text", "再补充一点"))), 409);

    // the director revokes: the decision is sealed and the approval's status is revoked
    assertThat(
            claimAndComplete(
                director, number, DECIDE_REVOCATION, "revoke", "承诺的从业人员健康条件在核查时不具备，陈述申辩理由不成立"))
        .isEqualTo("APPROVED");
    JsonNode revocation = document(zhangsan, number, "revocation-decision");
    JsonNode revoked =
        assertStatus(Api.anonymous().get(approval.path("verification").asText()), 200).json();
    assertThat(revoked.path("document").path("status").asText())
        .as("%s", revoked)
        .isEqualTo("revoked");
    assertThat(revoked.path("document").path("statusReason").asText()).contains("撤");
    JsonNode revocationCheck =
        assertStatus(Api.anonymous().get(revocation.path("verification").asText()), 200).json();
    assertThat(revocationCheck.path("sealed").asBoolean()).as("%s", revocationCheck).isTrue();

    // 双公示: the revocation is published under its own decision's number
    String revocationNumber = revocationCheck.path("document").path("documentNumber").asText();
    JsonNode published =
        Casework.await(
            "the revocation's publication",
            () ->
                Api.anonymous()
                    .get(
                        "/api/publications?kind=revocation&q="
                            + java.net.URLEncoder.encode(
                                revocationNumber, java.nio.charset.StandardCharsets.UTF_8))
                    .json(),
            p -> p.path("total").asInt() == 1);
    assertThat(published.path("items").get(0).path("documentNumber").asText())
        .isEqualTo(revocationNumber);

    JsonNode done = assertStatus(zhangsan.get(commitmentOf(number)), 200).json();
    assertThat(done.path("state").asText()).isEqualTo("revoked");
    assertThat(done.path("decisionStatus").asText()).isEqualTo("revoked");
    assertThat(Casework.history(zhangsan, number))
        .anyMatch(e -> "revoked".equals(e.path("action").asText()));
  }

  @Test
  void theCommitmentIsReadOnlyByThoseWhoMayReadTheCase() {
    Response filed = assertStatus(fileOnCommitment(zhangsan, ELIGIBLE, true), 201);
    String number = filed.json().path("number").asText();
    assertStatus(zhangsan.get(commitmentOf(number)), 200);
    assertStatus(officer3.get(commitmentOf(number)), 200);
    assertStatus(lisi.get(commitmentOf(number)), 404);
    assertStatus(officer2.get(commitmentOf(number)), 404);
    assertStatus(Api.anonymous().get(commitmentOf(number)), 401);
    assertStatus(zhangsan.get(commitmentOf("XK20990101999999")), 404);
    // no statement before one is invited
    assertJsonError(zhangsan.post(statementOf(number), Api.json(Api.object("text", "x"))), 409);
    // an application filed the ordinary way has no commitment
    String ordinary = Casework.submit(zhangsan, ELIGIBLE);
    assertStatus(zhangsan.get(commitmentOf(ordinary)), 404);
  }

  private static String commitmentOf(String number) {
    return "/api/applications/" + number + "/commitment";
  }

  private static String statementOf(String number) {
    return "/api/applications/" + number + "/statement";
  }

  private static JsonNode document(Api who, String number, String type) {
    return Casework.await(
            type + " of " + number,
            () ->
                StreamSupport.stream(
                        application(who, number).path("documents").spliterator(), false)
                    .filter(d -> type.equals(d.path("type").asText()))
                    .findFirst(),
            java.util.Optional::isPresent,
            Duration.ofSeconds(30))
        .orElseThrow();
  }
}
