package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** What the credit ITs share: fresh credit codes, listing one, a case up to the decision. */
public final class CreditITSupport {

  private CreditITSupport() {}

  /** A fresh valid credit code, so that reruns against one database do not meet old entries. */
  public static String freshCode() {
    StringBuilder body = new StringBuilder();
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 8; i++) {
      body.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return CreditCode.compose('9', '1', "140100", body.toString()).value();
  }

  public static String listCsv(String code, String authority) {
    return "creditCode,identityNumber,name,authority,listedOn,endsOn,reason\n"
        + code
        + ",,失信测试有限公司,"
        + authority
        + ",2026-01-01,,\"拒不履行法院判决，情节严重\"\n";
  }

  /** The items whose credit rule refuses a listed applicant (migration V26). */
  public static final java.util.List<String> REFUSING =
      java.util.List.of("JT-0001", "JT-0003", "WL-0001", "WL-0002");

  /**
   * A plain item (the generic process without special steps) whose rule is {@code reason}, the
   * default: approving a listed applicant takes a legal reason.
   */
  public static String reasonItem() {
    for (JsonNode item : Casework.catalogue()) {
      if (item.path("specialSteps").isEmpty()
          && "PROMISED".equals(item.path("kind").asText())
          && !REFUSING.contains(item.path("code").asText())
          && "generalLicensing".equals(item.path("processKey").asText())) {
        return item.path("code").asText();
      }
    }
    throw new AssertionError("no plain item with the default credit rule");
  }

  /** Lists the code on the register, by CSV, as the administrator. */
  public static void list(String code) {
    JsonNode result =
        assertStatus(
                Api.as("admin")
                    .postBytes(
                        "/api/admin/credit-list",
                        "text/csv",
                        listCsv(code, "太原市中级人民法院").getBytes(StandardCharsets.UTF_8)),
                200)
            .json();
    assertThat(result.path("created").asInt()).as("%s", result).isEqualTo(1);
  }

  /** Files an application with the holder's credit code and takes it to the director. */
  public static String upToDecision(String itemCode, String creditCode) {
    Map<String, Object> form = Casework.form("失信测试有限公司");
    form.put("creditCode", creditCode);
    Response created =
        assertStatus(
            Api.as("zhangsan")
                .post(
                    "/api/applications",
                    Casework.submissionBody(itemCode, form),
                    "Idempotency-Key",
                    UUID.randomUUID().toString()),
            201);
    String number = created.json().path("number").asText();
    claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "材料齐全，予以受理");
    claimAndComplete(Api.as("officer"), number, REVIEW, "approve", "符合条件");
    return number;
  }
}
