package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertJsonErrorOrEmpty;
import static cn.oneseal.it.support.Casework.anyItemCode;
import static cn.oneseal.it.support.Casework.numbersOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad requests get a plain answer: the right status and {@code {"code","message"}}, never a 500, a
 * stack trace or an exception's name — neither from the API nor from the pages.
 */
@ExtendWith(OneSealServer.class)
class ErrorHandlingIT {

  private final Api zhangsan = Api.as("zhangsan");

  @Test
  void malformedJsonIsABadRequest() {
    List<String> before = numbersOf(zhangsan);

    assertJsonError(submitRaw("{\"itemCode\": \"" + anyItemCode() + "\", \"form\": {"), 400);
    assertJsonError(submitRaw("not json at all"), 400);
    assertJsonError(
        submitRaw("{\"itemCode\": \"" + anyItemCode() + "\", \"form\": \"not an object\"}"), 400);

    assertThat(numbersOf(zhangsan)).hasSameSizeAs(before);
  }

  @Test
  void anUnknownItemIsABadRequest() {
    List<String> before = numbersOf(zhangsan);

    assertJsonError(submitRaw(Casework.submissionBody("NO-SUCH-ITEM", Casework.form("张三"))), 400);

    assertThat(numbersOf(zhangsan)).hasSameSizeAs(before);
  }

  @ParameterizedTest(name = "without {0}")
  @ValueSource(strings = {"applicantName", "contactPhone", "description"})
  void aMissingRequiredFieldIsABadRequest(String field) {
    List<String> before = numbersOf(zhangsan);
    Map<String, Object> form = Casework.form("张三");
    form.remove(field);

    assertJsonError(submitRaw(Casework.submissionBody(anyItemCode(), form)), 400);

    assertThat(numbersOf(zhangsan)).hasSameSizeAs(before);
  }

  @Test
  void unknownThingsAreNotFound() {
    assertJsonErrorOrEmpty(Api.anonymous().get("/api/items/NO-SUCH-ITEM"), 404);
    String number = Casework.submit(zhangsan);
    assertJsonErrorOrEmpty(zhangsan.get("/api/applications/" + number + "0"), 404);
    assertJsonErrorOrEmpty(Api.as("clerk").post("/api/tasks/no-such-task/claim"), 404);
  }

  @ParameterizedTest(name = "incidents {0}")
  @ValueSource(strings = {"?page=-1", "?page=abc", "?size=0", "?size=101", "?size=1.5"})
  void badPagingOfTheIncidentsIsABadRequest(String query) {
    assertJsonError(Api.as("admin").get("/api/admin/incidents" + query), 400);
  }

  @Test
  void anUnknownIncidentIsNotFound() {
    assertJsonErrorOrEmpty(
        Api.as("admin").post("/api/admin/incidents/no-such-incident/retry"), 404);
  }

  @Test
  void anUnknownApiPathIsNotFoundWithoutInternals() {
    assertJsonErrorOrEmpty(zhangsan.get("/api/no-such-resource"), 404);
    assertJsonErrorOrEmpty(zhangsan.post("/api/no-such-resource", "{}"), 404);
  }

  /**
   * Checks what a person sees: scripts may legitimately name exception types (PrimeFaces lists its
   * error pages by exception class), the page's text must not.
   */
  @Test
  void anUnknownPageIsNotFoundWithoutInternals() {
    Response page = Api.anonymous().get("/nope.xhtml");
    assertThat(page.status()).as("%s", page).isEqualTo(404);
    String visibleText =
        page.body()
            .replaceAll("(?is)<script.*?</script>", " ")
            .replaceAll("(?is)<style.*?</style>", " ")
            .replaceAll("(?s)<[^>]*>", " ");
    assertThat(visibleText)
        .as("the text of the 404 page %s", page)
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("Caused by")
        .doesNotContainPattern("\\bat (java|jakarta|org|com|cn)\\.[\\w.$]+\\(");
  }

  /**
   * A form sent with a view state the server never issued (forged) or that belonged to another,
   * ended session: the friendly page, with a 4xx status.
   */
  @ParameterizedTest(name = "view state {0}")
  @ValueSource(strings = {"forged", "of another session"})
  void aFormWithAForgedOrExpiredViewStateIsTheFriendlyPage(String kind) {
    String state = "forged:" + UUID.randomUUID();
    if (kind.startsWith("of another")) {
      Response page = Api.anonymous().get("/credit-code.xhtml");
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"")
              .matcher(page.body());
      assertThat(m.find()).as("view state on %s", page).isTrue();
      state = m.group(1);
    }
    Response answer =
        Api.anonymous()
            .postBytes(
                "/credit-code.xhtml",
                "application/x-www-form-urlencoded",
                ("creditCodeForm=creditCodeForm&creditCodeForm%3Acode=x&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(
                            state, java.nio.charset.StandardCharsets.UTF_8))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
    assertThat(answer.body()).contains("errorTitle").doesNotContain("Caused by");
  }

  private Response submitRaw(String body) {
    return zhangsan.post(
        "/api/applications", body, "Idempotency-Key", UUID.randomUUID().toString());
  }
}
