package cn.oneseal.it.support;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** 告知承诺制 through the API: filing on a commitment and a case carried up to its revocation. */
public final class Commitments {

  /** 公共场所卫生许可: commitment-eligible, section 社会事务审批科, post-check period two months. */
  public static final String ELIGIBLE = "WJ-0001";

  private Commitments() {}

  /** Files on {@link #ELIGIBLE} with the commitment signed; returns the number. */
  public static String file(Api citizen) {
    Map<String, Object> body =
        Api.object("itemCode", ELIGIBLE, "form", Casework.form("张三卫生服务有限公司"));
    body.put("commitment", true);
    return assertStatus(
            citizen.post(
                "/api/applications",
                Api.json(body),
                "Idempotency-Key",
                UUID.randomUUID().toString()),
            201)
        .json()
        .path("number")
        .asText();
  }

  /**
   * A case approved on a commitment two months ago, post-checked (false), stated on and revoked;
   * answers the number. Leaves the application's clock at the real time.
   */
  public static String revoked(Api citizen) {
    String number = foundFalse(citizen);
    assertStatus(
        citizen.post(
            "/api/applications/" + number + "/statement", Api.json(Api.object("text", "健康证正在办理中"))),
        200);
    Casework.claimAndComplete(
        Api.as("director"), number, "decideRevocation", "revoke", "承诺不实，陈述申辩理由不成立");
    return number;
  }

  /**
   * A case approved on a commitment two months ago whose post-check found it false: the holder is
   * invited to state their case. Leaves the application's clock at the real time.
   */
  public static String foundFalse(Api citizen) {
    TestClock.at(
        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMonths(2).minusMinutes(1).toString());
    String number;
    try {
      number = file(citizen);
      Casework.claimAndComplete(Api.as("clerk"), number, Casework.ACCEPT, "accept", "予以受理");
      Casework.claimAndComplete(Api.as("director"), number, Casework.DECIDE, "approve", "当场准予");
    } finally {
      TestClock.reset();
    }
    Casework.claimAndComplete(
        Api.as("officer3"), number, "conductPostCheck", "false", "从业人员均无健康合格证明，承诺不实");
    return number;
  }

  /** The verification token of the case's document of {@code type} (e.g. approval-decision). */
  public static String token(Api who, String number, String type) {
    JsonNode document =
        StreamSupport.stream(
                Casework.application(who, number).path("documents").spliterator(), false)
            .filter(d -> type.equals(d.path("type").asText()))
            .findFirst()
            .orElseThrow();
    String url = document.path("verification").asText();
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
