package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public check of unified social credit codes: anyone may ask about any string and always gets
 * a 200 whose body says whether the code is valid and, in the asked language, what is wrong.
 */
@ExtendWith(OneSealServer.class)
class CreditCodeIT {

  private static final String EXAMPLE = "91350100M000100Y43";

  private final Api anyone = Api.anonymous();

  private static String path(String code) {
    return "/api/credit-codes/"
        + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static JsonNode check(Response response) {
    assertStatus(response, 200);
    assertThat(response.header("Content-Type")).get().asString().contains("application/json");
    return response.json();
  }

  private static List<String> problemCodes(JsonNode answer) {
    return StreamSupport.stream(answer.path("problems").spliterator(), false)
        .map(p -> p.path("code").asText())
        .toList();
  }

  private static String firstMessage(JsonNode answer) {
    return answer.path("problems").get(0).path("message").asText();
  }

  @Test
  void theWorkedExampleIsValidForAnyone() {
    JsonNode answer = check(anyone.get(path(EXAMPLE)));
    assertThat(answer.path("code").asText()).isEqualTo(EXAMPLE);
    assertThat(answer.path("valid").asBoolean()).as("%s", answer).isTrue();
    assertThat(answer.path("problems").isArray()).isTrue();
    assertThat(answer.path("problems")).isEmpty();
  }

  @Test
  void aWrongCheckCharacterIsExplainedInChineseByDefaultAndInEnglishOnRequest() {
    String corrupted = "91350100M000100Y44";
    JsonNode chinese = check(anyone.get(path(corrupted)));
    assertThat(chinese.path("code").asText()).isEqualTo(corrupted);
    assertThat(chinese.path("valid").asBoolean()).isFalse();
    assertThat(problemCodes(chinese)).containsExactly("error.creditCode.check");
    assertThat(firstMessage(chinese)).contains("校验码").contains("第18位").contains("“4”");

    JsonNode zh = check(anyone.get(path(corrupted), "Accept-Language", "zh-CN,zh;q=0.9"));
    assertThat(firstMessage(zh)).isEqualTo(firstMessage(chinese));

    JsonNode english = check(anyone.get(path(corrupted), "Accept-Language", "en-GB,en;q=0.8"));
    assertThat(problemCodes(english)).containsExactly("error.creditCode.check");
    assertThat(firstMessage(english)).contains("check character").contains("\"4\"");
  }

  @Test
  void aCorruptedOrganisationCodeBreaksBothChecks() {
    JsonNode answer = check(anyone.get(path("91350100M000200Y43"), "Accept-Language", "en"));
    assertThat(answer.path("valid").asBoolean()).isFalse();
    assertThat(problemCodes(answer))
        .containsExactly("error.creditCode.organisationCheck", "error.creditCode.check");
    assertThat(firstMessage(answer)).contains("organisation code");
  }

  @Test
  void everyProblemIsListedWithItsMessage() {
    JsonNode answer = check(anyone.get(path("9435A100m000100Y43"), "Accept-Language", "en"));
    assertThat(problemCodes(answer))
        .containsExactly(
            "error.creditCode.character",
            "error.creditCode.authority",
            "error.creditCode.division");
    assertThat(firstMessage(answer)).contains("Character 9").contains("\"m\"");
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
  void aWrongLengthIsNamedWithTheActualLength() {
    JsonNode answer = check(anyone.get(path("91350100M000100Y4")));
    assertThat(problemCodes(answer)).containsExactly("error.creditCode.length");
    assertThat(firstMessage(answer)).isEqualTo("统一社会信用代码应为18位，实际为17位。");
  }

  @Test
  void junkIsAnsweredNeverWithAServerError() {
    List<String> junkPaths =
        List.of(
            "/api/credit-codes/%20",
            path("A".repeat(100)),
            path("统一社会信用代码"),
            path("😀".repeat(18)),
            path("<script>alert(1)</script>"),
            path("91350100M000100Y43 "),
            path("' or 1=1 --"));
    for (String junk : junkPaths) {
      JsonNode answer = check(anyone.get(junk));
      assertThat(answer.path("valid").asBoolean()).as("%s", junk).isFalse();
      assertThat(problemCodes(answer)).as("%s", junk).isNotEmpty();
    }
    JsonNode blank = check(anyone.get("/api/credit-codes/%20"));
    assertThat(blank.path("code").asText()).isEqualTo(" ");
    assertThat(problemCodes(blank)).startsWith("error.creditCode.length");
  }
}
