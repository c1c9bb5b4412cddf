package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credit and 审管联动 (issue 15) on the deployed server: the administrator imports the register of
 * seriously dishonest subjects (a bad file is refused whole, with every problem; a repeat changes
 * nothing); the director deciding on a listed applicant sees the hit and may approve only with a
 * legal reason on record — or not at all, as the item's rule says; a supervising department's
 * signed finding appears on the holder's record and in the next credit check, a repeat is
 * idempotent and a bad signature is refused.
 */
@ExtendWith(OneSealServer.class)
class CreditIT {

  private static final Api ADMIN = Api.as("admin");
  private static final Api ZHANGSAN = Api.as("zhangsan");
  private static final Api DIRECTOR = Api.as("director");
  private static final Api SUPERVISOR = Api.as("supervisor");

  /** A valid identity number no demo or test account uses (its check character computed). */
  private static final String LISTED_IDENTITY = identity("51010219580317987");

  /** An item whose rule refuses approval of a listed applicant (migration V26). */
  private static final String REFUSING_ITEM = "JT-0001";

  private static final String CHANNEL = "supervision-HEALTH";
  private static final String SECRET = "a-shared-secret-of-at-least-32-characters-for-findings";

  @Test
  void aBadFileIsRefusedWholeWithEveryProblemAndARepeatChangesNothing() {
    long before = ADMIN.get("/api/admin/credit-list").json().path("total").asLong();
    String good = CreditITSupport.freshCode();
    String csv =
        "creditCode,identityNumber,name,authority,listedOn,endsOn,reason\n"
            + good
            + ",,好的一行,某机关,2026-01-01,,理由\n"
            + "91350100M000100Y44,,校验位错,某机关,2026-01-01,,理由\n"
            + ",11010519491231002X,,某机关,2026-13-01,,理由\n";
    JsonNode refused =
        assertJsonError(
            ADMIN.postBytes(
                "/api/admin/credit-list", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
            400);
    List<String> fields = new ArrayList<>();
    refused.path("problems").forEach(p -> fields.add(p.path("field").asText()));
    assertThat(fields)
        .as("%s", refused)
        .containsExactlyInAnyOrder("lines[3].creditCode", "lines[4].name", "lines[4].listedOn");
    assertThat(ADMIN.get("/api/admin/credit-list").json().path("total").asLong())
        .as("nothing of a refused file is stored")
        .isEqualTo(before);

    CreditITSupport.list(good);
    JsonNode again =
        assertStatus(
                ADMIN.postBytes(
                    "/api/admin/credit-list",
                    "text/csv",
                    CreditITSupport.listCsv(good, "太原市中级人民法院").getBytes(StandardCharsets.UTF_8)),
                200)
            .json();
    assertThat(again.path("created").asInt()).isZero();
    assertThat(again.path("unchanged").asInt()).isEqualTo(1);

    // JSON: an identity number is kept only masked, never in clear
    JsonNode json =
        assertStatus(
                ADMIN.post(
                    "/api/admin/credit-list",
                    Api.json(
                        Api.object(
                            "entries",
                            List.of(
                                Api.object(
                                    "identityNumber", LISTED_IDENTITY,
                                    "name", "张某",
                                    "authority", "北京市人力资源和社会保障局",
                                    "listedOn", "2026-02-01",
                                    "reason", "拒不支付劳动报酬"))))),
                200)
            .json();
    assertThat(json.path("rows").asInt()).isEqualTo(1);
    JsonNode page = ADMIN.get("/api/admin/credit-list?size=100").json();
    assertThat(page.toString())
        .doesNotContain(LISTED_IDENTITY)
        .contains(LISTED_IDENTITY.substring(0, 3) + "*".repeat(11) + LISTED_IDENTITY.substring(14));
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(before + 2);

    // removal needs a reason, and is then on the entry
    long id = -1;
    for (JsonNode e : page.path("items")) {
      if (e.path("subject").asText().equals(good)) {
        id = e.path("id").asLong();
      }
    }
    assertThat(id).as("the entry of %s in %s", good, page).isPositive();
    assertJsonError(
        ADMIN.post(
            "/api/admin/credit-list/" + id + "/removal", Api.json(Api.object("reason", " "))),
        400);
    JsonNode removed =
        assertStatus(
                ADMIN.post(
                    "/api/admin/credit-list/" + id + "/removal",
                    Api.json(Api.object("reason", "法院裁定撤销列入"))),
                200)
            .json();
    assertThat(removed.path("inForce").asBoolean()).isFalse();
    assertThat(removed.path("removalReason").asText()).isEqualTo("法院裁定撤销列入");
    assertJsonError(
        ADMIN.post(
            "/api/admin/credit-list/" + id + "/removal", Api.json(Api.object("reason", "再次移出"))),
        409);
  }

  @Test
  void aListedApplicantIsApprovedOnlyWithALegalReasonOnRecord() {
    String code = CreditITSupport.freshCode();
    CreditITSupport.list(code);
    String number = CreditITSupport.upToDecision(CreditITSupport.reasonItem(), code);

    String taskId = claim(DIRECTOR, number, DECIDE);
    JsonNode task = assertStatus(DIRECTOR.get("/api/tasks/" + taskId), 200).json();
    JsonNode credit = task.path("credit");
    assertThat(credit.path("hits")).as("%s", task).hasSize(1);
    assertThat(credit.path("hits").get(0).path("role").asText()).isEqualTo("applicant");
    assertThat(credit.path("hits").get(0).path("listing").path("authority").asText())
        .isEqualTo("太原市中级人民法院");
    assertThat(credit.path("rule").asText()).isEqualTo("reason");

    JsonNode refused =
        assertJsonError(
            DIRECTOR.post(
                "/api/tasks/" + taskId + "/complete",
                Api.json(Api.object("outcome", "approve", "opinion", "同意"))),
            422);
    assertThat(refused.path("code").asText()).isEqualTo("error.credit.overrideReasonRequired");
    assertThat(Casework.application(ZHANGSAN, number).path("status").asText())
        .isEqualTo("AWAITING_DECISION");

    String reason = "依据《行政许可法》第三十八条，失信行为已于2026年整改完毕，经集体讨论准予许可";
    JsonNode done =
        assertStatus(
                DIRECTOR.post(
                    "/api/tasks/" + taskId + "/complete",
                    Api.json(
                        Api.object(
                            "outcome", "approve", "opinion", "同意", "overrideReason", reason))),
                200)
            .json();
    assertThat(done.path("status").asText()).isEqualTo("APPROVED");
    JsonNode history = Casework.history(SUPERVISOR, number);
    assertThat(history.toString()).contains("creditOverride").contains(reason);
  }

  @Test
  void underTheRefusingRuleAListedApplicantIsNotApprovedButMayBeDenied() {
    String code = CreditITSupport.freshCode();
    CreditITSupport.list(code);
    String number = CreditITSupport.upToDecision(REFUSING_ITEM, code);
    String taskId = claim(DIRECTOR, number, DECIDE);
    assertThat(DIRECTOR.get("/api/tasks/" + taskId).json().path("credit").path("rule").asText())
        .isEqualTo("refuse");
    JsonNode refused =
        assertJsonError(
            DIRECTOR.post(
                "/api/tasks/" + taskId + "/complete",
                Api.json(
                    Api.object("outcome", "approve", "opinion", "同意", "overrideReason", "理由也不行"))),
            409);
    assertThat(refused.path("code").asText()).isEqualTo("error.credit.listedRefused");
    assertThat(refused.path("message").asText()).contains("严重失信");
    assertThat(
            assertStatus(
                    DIRECTOR.post(
                        "/api/tasks/" + taskId + "/complete",
                        Api.json(Api.object("outcome", "deny", "opinion", "申请人列入严重失信主体名单，不予许可"))),
                    200)
                .json()
                .path("status")
                .asText())
        .isEqualTo("DENIED");
  }

  @Test
  void aSignedFindingReachesTheCaseTheRecordAndTheNextCheckOnce() {
    connectChannel();
    String code = CreditITSupport.freshCode();
    String number = CreditITSupport.upToDecision(CreditITSupport.reasonItem(), code);
    claimAndComplete(DIRECTOR, number, DECIDE, "approve", "同意");

    String findingId = "HEALTH-" + UUID.randomUUID();
    byte[] body = finding(findingId, number, "sanction", "未按规定公示卫生许可证，罚款五千元");
    assertJsonError(signed(body, "a-wrong-secret-of-more-than-32-characters!!"), 401);
    JsonNode first = assertStatus(signed(body, SECRET), 200).json();
    assertThat(first.path("changed").asBoolean()).isTrue();
    JsonNode replay = assertStatus(signed(body, SECRET), 200).json();
    assertThat(replay.path("changed").asBoolean()).as("a repeat is taken once").isFalse();
    assertJsonError(signed(finding(findingId, number, "sanction", "另一内容"), SECRET), 409);
    JsonNode bad =
        assertJsonError(
            signed(
                Api.json(Api.object("findingId", "x", "kind", "fine", "decidedOn", "yesterday"))
                    .getBytes(StandardCharsets.UTF_8),
                SECRET),
            400);
    assertThat(bad.path("problems").size()).as("%s", bad).isGreaterThanOrEqualTo(4);

    JsonNode record = assertStatus(SUPERVISOR.get("/api/credit/subjects/" + code), 200).json();
    assertThat(record.path("listed").asBoolean()).isFalse();
    assertThat(record.path("findings")).as("%s", record).hasSize(1);
    assertThat(record.path("findings").get(0).path("applicationNumber").asText()).isEqualTo(number);
    assertThat(record.path("facts")).hasSize(1);
    assertThat(record.path("facts").get(0).path("kind").asText()).isEqualTo("SANCTION");
    assertThat(record.path("facts").get(0).path("warning").asBoolean()).isTrue();
    assertJsonError(SUPERVISOR.get("/api/credit/subjects/91350100M000100Y44"), 400);

    // 双公示: the sanction is published within its seven working days, by the publications job
    JsonNode published =
        Casework.await(
            "the sanction's publication",
            () -> Api.anonymous().get("/api/publications?kind=sanction&q=" + code).json(),
            p -> p.path("total").asInt() == 1);
    assertThat(published.path("items").get(0).path("summary").asText()).contains("未按规定公示卫生许可证");
    assertThat(published.path("items").get(0).path("creditCode").asText()).isEqualTo(code);

    // on the case page, for its applicant as for the supervision
    for (String reader : List.of("zhangsan", "supervisor")) {
      PageSession.Answer page =
          PageSession.signedIn(reader).get("/application.xhtml?number=" + number);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).as("case page for %s", reader).contains("未按规定公示卫生许可证");
    }

    // the next application of the same holder: the sanction is a warning of its credit check
    String next = CreditITSupport.upToDecision(CreditITSupport.reasonItem(), code);
    JsonNode check =
        DIRECTOR.get("/api/tasks/" + claim(DIRECTOR, next, DECIDE)).json().path("credit");
    assertThat(check.path("hits")).isEmpty();
    assertThat(check.path("facts").toString()).contains("未按规定公示卫生许可证");
  }

  static void connectChannel() {
    assertStatus(
        ADMIN.put(
            "/api/admin/exchange-channels/" + CHANNEL + "/connection",
            Api.json(
                Api.object("mode", "simulated", "keyId", "health-findings", "secret", SECRET))),
        200);
  }

  static byte[] finding(String id, String number, String kind, String summary) {
    return Api.json(
            Api.object(
                "findingId", id,
                "applicationNumber", number,
                "kind", kind,
                "summary", summary,
                "decidedOn", "2026-11-30"))
        .getBytes(StandardCharsets.UTF_8);
  }

  static Response signed(byte[] body, String secret) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    return Api.anonymous()
        .postBytes(
            "/api/exchange/findings",
            "application/json",
            body,
            "X-OneSeal-Key-Id",
            "health-findings",
            "X-OneSeal-Timestamp",
            timestamp,
            "X-OneSeal-Signature",
            "hmac-sha256=" + Base64.getEncoder().encodeToString(hmac(secret, timestamp, body)));
  }

  static byte[] hmac(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String identity(String first17) {
    for (char c : "0123456789X".toCharArray()) {
      if (cn.oneseal.domain.model.registration.IdentityNumber.validate(
              first17 + c, java.time.LocalDate.of(2026, 12, 4))
          .isValid()) {
        return first17 + c;
      }
    }
    throw new IllegalStateException(first17);
  }
}
