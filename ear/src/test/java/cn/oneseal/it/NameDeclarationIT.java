package cn.oneseal.it;

import static cn.oneseal.it.support.Api.json;
import static cn.oneseal.it.support.Api.object;
import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertJsonErrorOrEmpty;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enterprise name self-declaration over the public API: checking names (anyone), reserving one
 * (citizens only), and the same-name rule as a reservation makes it bite.
 */
@ExtendWith(OneSealServer.class)
class NameDeclarationIT {

  private static final String CHECK = "/api/names/check";
  private static final String RESERVE = "/api/names/reservations";

  /** Characters that form no division, industry term or forbidden word in any combination. */
  private static final String TRADE_NAME_CHARACTERS = "瑞祥鑫源恒泰嘉禾盛隆丰宏达誉锦润";

  private final Api anonymous = Api.anonymous();
  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");

  /** A trade name no earlier run has used (the demo database outlives a run). */
  private static String freshTradeName() {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      name.append(
          TRADE_NAME_CHARACTERS.charAt(
              ThreadLocalRandom.current().nextInt(TRADE_NAME_CHARACTERS.length())));
    }
    return name.toString();
  }

  private static String name(String tradeName, String industry) {
    return json(
        object(
            "region",
            "太原",
            "tradeName",
            tradeName,
            "industry",
            industry,
            "organizationForm",
            "有限公司"));
  }

  private static List<String> codes(JsonNode answer) {
    return StreamSupport.stream(answer.path("problems").spliterator(), false)
        .map(p -> p.path("code").asText())
        .toList();
  }

  private static JsonNode problem(JsonNode answer, String code) {
    return StreamSupport.stream(answer.path("problems").spliterator(), false)
        .filter(p -> code.equals(p.path("code").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem " + code + " in " + answer));
  }

  @Test
  void aGoodNamePasses() {
    String tradeName = freshTradeName();
    JsonNode answer = assertStatus(anonymous.post(CHECK, name(tradeName, "科技")), 200).json();
    assertThat(answer.path("ok").asBoolean()).as("%s", answer).isTrue();
    assertThat(answer.path("name").asText()).isEqualTo("太原" + tradeName + "科技有限公司");
    assertThat(answer.path("problems").size()).as("%s", answer).isZero();
  }

  @Test
  void aRegisteredNameIsTaken() {
    JsonNode answer = assertStatus(anonymous.post(CHECK, name("晋创", "科技")), 200).json();
    assertThat(answer.path("ok").asBoolean()).isFalse();
    assertThat(codes(answer)).containsExactly("name.sameName");
    assertThat(problem(answer, "name.sameName").path("message").asText())
        .contains("太原晋创科技有限公司")
        .contains("已登记");
  }

  @Test
  void aNameWithoutIndustryCollidesWithAnyIndustry() {
    JsonNode answer =
        assertStatus(
                anonymous.post(
                    CHECK,
                    json(object("region", "太原", "tradeName", "汾河", "organizationForm", "有限公司"))),
                200)
            .json();
    assertThat(codes(answer)).containsExactly("name.sameName");
  }

  @Test
  void aTradeNameCancelledLongAgoIsFreeAgain() {
    JsonNode answer = assertStatus(anonymous.post(CHECK, name("迎晖", "物流")), 200).json();
    assertThat(answer.path("ok").asBoolean()).as("%s", answer).isTrue();
  }

  @Test
  void forbiddenContentIsExplainedInTheAskedLanguage() {
    String body = name("博彩", "科技");
    JsonNode zh = assertStatus(anonymous.post(CHECK, body), 200).json();
    assertThat(codes(zh)).containsExactly("name.forbidden.gambling");
    assertThat(problem(zh, "name.forbidden.gambling").path("message").asText())
        .contains("博彩")
        .contains("赌博");

    JsonNode en = assertStatus(anonymous.post(CHECK, body, "Accept-Language", "en"), 200).json();
    assertThat(problem(en, "name.forbidden.gambling").path("message").asText())
        .contains("博彩")
        .contains("gambling");
  }

  @Test
  void whatRegistrationWouldRefuseTheCheckRefusesWithItsReason() {
    // 太原中国风科技有限公司: 中国 in the trade name, where only an industry term may carry it
    JsonNode china = assertStatus(anonymous.post(CHECK, name("中国风", "科技")), 200).json();
    assertThat(china.path("ok").asBoolean()).isFalse();
    assertThat(codes(china)).containsExactly("name.tradeName.restrictedWord");
    assertThat(problem(china, "name.tradeName.restrictedWord").path("message").asText())
        .contains("中国", "行业限定语");

    // a well-known mark of the maintained list (migration V31), whole or in part
    for (String tradeName : List.of("杏花村", "东湖润")) {
      JsonNode mark = assertStatus(anonymous.post(CHECK, name(tradeName, "餐饮")), 200).json();
      assertThat(codes(mark)).as("%s", tradeName).containsExactly("name.tradeName.wellKnownMark");
      assertThat(problem(mark, "name.tradeName.wellKnownMark").path("message").asText())
          .contains("驰名商标");
    }

    // a name starting with 国家 needs the State Council, in the asked language
    JsonNode state =
        assertStatus(
                anonymous.post(
                    CHECK,
                    json(
                        object(
                            "region", "国家",
                            "tradeName", freshTradeName(),
                            "industry", "科技",
                            "organizationForm", "有限公司")),
                    "Accept-Language",
                    "en"),
                200)
            .json();
    assertThat(problem(state, "name.restrictedPrefix").path("message").asText())
        .contains("State Council");

    // and a reservation of such a name is refused with the same reason
    JsonNode refused = assertJsonError(zhangsan.post(RESERVE, name("杏花村", "餐饮")), 400);
    assertThat(refused.path("code").asText()).isEqualTo("error.name.tradeName.wellKnownMark");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String body =
        json(object("region", "中华", "tradeName", "晋", "industry", "科技", "organizationForm", "公司"));
    JsonNode answer =
        assertStatus(anonymous.post(CHECK, body, "Accept-Language", "en"), 200).json();
    assertThat(codes(answer))
        .containsExactlyInAnyOrder(
            "name.region.unknown",
            "name.organizationForm.unknown",
            "name.tradeName.tooShort",
            "name.restrictedPrefix");
    answer
        .path("problems")
        .forEach(
            p ->
                assertThat(p.path("message").asText())
                    .as("%s", p)
                    .isNotBlank()
                    .doesNotStartWith("error."));
  }

  @Test
  void missingFieldsAreProblemsNotErrors() {
    JsonNode answer = assertStatus(anonymous.post(CHECK, "{}"), 200).json();
    assertThat(answer.path("ok").asBoolean()).isFalse();
    assertThat(codes(answer))
        .containsExactlyInAnyOrder(
            "name.region.missing", "name.tradeName.missing", "name.organizationForm.missing");

    JsonNode refused = assertJsonError(zhangsan.post(RESERVE, "{}"), 400);
    assertThat(codes(refused)).contains("name.tradeName.missing");
  }

  @Test
  void anUnknownAreaIsAProblem() {
    String body =
        json(
            object(
                "region",
                "太原",
                "tradeName",
                freshTradeName(),
                "organizationForm",
                "有限公司",
                "area",
                "999999"));
    JsonNode answer = assertStatus(anonymous.post(CHECK, body), 200).json();
    assertThat(codes(answer)).containsExactly("name.area.unknown");
  }

  @Test
  void aReservedNameIsTakenForTwoMonths() {
    String tradeName = freshTradeName();
    String body = name(tradeName, "科技");
    Instant before = Instant.now();

    JsonNode reservation = assertStatus(zhangsan.post(RESERVE, body), 201).json();
    assertThat(reservation.path("name").asText()).isEqualTo("太原" + tradeName + "科技有限公司");
    Instant until = Instant.parse(reservation.path("reservedUntil").asText());
    assertThat(until).isBetween(before.plus(Duration.ofDays(58)), before.plus(Duration.ofDays(63)));

    JsonNode again = assertStatus(anonymous.post(CHECK, body), 200).json();
    assertThat(again.path("ok").asBoolean()).isFalse();
    assertThat(codes(again)).containsExactly("name.sameName");
    assertThat(problem(again, "name.sameName").path("message").asText()).contains("保留");

    JsonNode withoutIndustry =
        assertStatus(
                anonymous.post(
                    CHECK,
                    json(
                        object(
                            "region", "太原", "tradeName", tradeName, "organizationForm", "有限公司"))),
                200)
            .json();
    assertThat(codes(withoutIndustry)).containsExactly("name.sameName");

    JsonNode byLisi = assertJsonError(lisi.post(RESERVE, body), 409);
    assertThat(byLisi.path("code").asText()).isEqualTo("error.name.reservedByOther");

    JsonNode repeated = assertStatus(zhangsan.post(RESERVE, body), 201).json();
    assertThat(repeated.path("reservedUntil").asText())
        .as("reserving one's own name again keeps the reservation")
        .isEqualTo(reservation.path("reservedUntil").asText());

    JsonNode otherIndustry = assertStatus(anonymous.post(CHECK, name(tradeName, "餐饮")), 200).json();
    assertThat(otherIndustry.path("ok").asBoolean()).as("%s", otherIndustry).isTrue();
  }

  @Test
  void ofTwoSimultaneousReservationsOneWins() throws Exception {
    String body = name(freshTradeName(), null);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> answers = new ArrayList<>();
      for (Api citizen : List.of(zhangsan, lisi)) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return citizen.post(RESERVE, body);
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Response> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS).status());
      }
      assertThat(statuses).as("%s", statuses).containsExactlyInAnyOrder(201, 409);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAnonymousCallerCannotReserve() {
    assertJsonError(anonymous.post(RESERVE, name(freshTradeName(), "科技")), 401);
  }

  @Test
  void staffCannotReserve() {
    assertJsonErrorOrEmpty(clerk.post(RESERVE, name(freshTradeName(), "科技")), 403);
  }

  @Test
  void junkIsABadRequest() {
    assertJsonError(anonymous.post(CHECK, "not json at all"), 400);
    assertJsonError(anonymous.post(CHECK, "{\"region\": \"太原\", "), 400);
    assertJsonError(zhangsan.post(RESERVE, "[1, 2"), 400);
  }
}
