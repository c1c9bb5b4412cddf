package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertJsonErrorOrEmpty;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.anyItemCode;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.numbersOf;
import static cn.oneseal.it.support.Casework.submit;
import static cn.oneseal.it.support.Casework.submitWithKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conventions of docs/conventions.md that every later endpoint relies on: lists answer pages
 * that can be walked and sorted, bad paging is a 400 naming the parameter, and each kind of refusal
 * has its one status code.
 */
@ExtendWith(OneSealServer.class)
class ApiConventionsIT {

  private final Api anyone = Api.anonymous();
  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");

  // ---------------------------------------------------------------- lists

  @Test
  void listsAnswerAPageWithItsNumberSizeAndTotal() {
    awaitTask(clerk, submit(zhangsan), ACCEPT);
    for (Response list :
        List.of(
            anyone.get("/api/items"),
            zhangsan.get("/api/applications"),
            clerk.get("/api/tasks"),
            // every case, unfiltered: the one list that may estimate, at 100,000 cases and more
            Api.as("supervisor").get("/api/applications"))) {
      JsonNode items = assertStatus(list, 200).items();
      JsonNode page = list.json();
      assertThat(page.path("page").asInt()).as("%s", list).isZero();
      assertThat(page.path("size").asInt()).as("default size in %s", list).isEqualTo(20);
      assertThat(page.path("total").asLong()).as("%s", list).isGreaterThanOrEqualTo(items.size());
      assertThat(page.path("totalEstimated").isBoolean()).as("%s", list).isTrue();
      assertThat(page.path("totalEstimated").asBoolean()).as("exact below 100,000").isFalse();
      assertThat(items.size()).as("%s", list).isBetween(1, 20);
    }
  }

  @Test
  void theCatalogueIsWalkedPageByPageWithAStableTotal() {
    Response first = assertStatus(anyone.get("/api/items?page=0&size=1&sort=code,asc"), 200);
    Response second = assertStatus(anyone.get("/api/items?page=1&size=1&sort=code,asc"), 200);

    assertThat(first.items()).hasSize(1);
    assertThat(second.items()).hasSize(1);
    assertThat(second.json().path("page").asInt()).isEqualTo(1);
    assertThat(second.json().path("size").asInt()).isEqualTo(1);
    assertThat(code(second.items().get(0))).isNotEqualTo(code(first.items().get(0)));
    long total = first.json().path("total").asLong();
    assertThat(second.json().path("total").asLong()).isEqualTo(total);
    assertThat(anyone.all("/api/items")).hasSize((int) total);
    Response beyond = assertStatus(anyone.get("/api/items?size=100&page=" + total), 200);
    assertThat(beyond.items()).as("a page after the last is empty, not an error").isEmpty();
    assertThat(beyond.json().path("total").asLong()).isEqualTo(total);
  }

  /** Paged in the database: a citizen's applications, one per page, are each other's neighbours. */
  @Test
  void aCitizensApplicationsArePagedWithoutGapsOrRepeats() {
    submit(lisi);
    submit(lisi);
    Response first = assertStatus(lisi.get("/api/applications?page=0&size=1"), 200);
    Response second = assertStatus(lisi.get("/api/applications?page=1&size=1"), 200);

    long total = first.json().path("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(2);
    assertThat(second.json().path("total").asLong()).isEqualTo(total);
    String latest = first.items().get(0).path("number").asText();
    String before = second.items().get(0).path("number").asText();
    assertThat(before).isNotEqualTo(latest);
    assertThat(numbersOf(lisi)).hasSize((int) total).startsWith(latest, before);
  }

  @Test
  void listsAreSortedByTheirWhitelistedFields() {
    List<String> ascending = codes(anyone.get("/api/items?size=100&sort=code,asc"));
    List<String> descending = codes(anyone.get("/api/items?size=100&sort=code,desc"));
    assertThat(ascending).hasSizeGreaterThan(1).isSorted();
    assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());

    submit(zhangsan);
    List<String> numbers =
        StreamSupport.stream(
                assertStatus(zhangsan.get("/api/applications?sort=number,asc&size=100"), 200)
                    .items()
                    .spliterator(),
                false)
            .map(a -> a.path("number").asText())
            .toList();
    assertThat(numbers).hasSizeGreaterThan(1).isSorted();

    awaitTask(clerk, submit(zhangsan), ACCEPT);
    List<String> created =
        StreamSupport.stream(
                assertStatus(clerk.get("/api/tasks?sort=created,desc&size=100"), 200)
                    .items()
                    .spliterator(),
                false)
            .map(t -> t.path("created").asText())
            .toList();
    assertThat(created)
        .isNotEmpty()
        .isSortedAccordingTo(Comparator.comparing(Instant::parse, Comparator.reverseOrder()));
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource({
    "page=-1, page",
    "page=one, page",
    "size=0, size",
    "size=101, size",
    "size=many, size",
    "'sort=applicantPassword,asc', sort",
    "'sort=code,upwards', sort",
    "'sort=code,asc,again', sort"
  })
  void badPagingIsABadRequestNamingTheParameter(String query, String field) {
    for (Response refused :
        List.of(
            anyone.get("/api/items?" + query),
            zhangsan.get("/api/applications?" + query),
            clerk.get("/api/tasks?" + query))) {
      JsonNode error = assertJsonError(refused, 400);
      assertThat(error.path("code").asText()).as("%s", refused).startsWith("error.paging.");
      assertThat(error.path("problems"))
          .as("%s", refused)
          .singleElement()
          .satisfies(p -> assertThat(p.path("field").asText()).isEqualTo(field))
          .satisfies(p -> assertThat(p.path("message").asText()).isNotBlank());
    }
  }

  @Test
  void everyPagingProblemIsReportedAtOnceInTheCallersLanguage() {
    JsonNode error =
        assertJsonError(
            anyone.get("/api/items?page=-3&size=1000&sort=price", "Accept-Language", "en"), 400);
    assertThat(error.path("problems"))
        .extracting(p -> p.path("field").asText())
        .containsExactly("page", "size", "sort");
    assertThat(error.path("problems").get(1).path("message").asText()).contains("from 1 to 100");
    assertThat(error.path("problems").get(2).path("message").asText()).contains("code", "name");
  }

  // ---------------------------------------------------------------- status codes

  @Test
  void eachRefusalHasItsStatus() {
    String zhangsans = submit(zhangsan);

    assertJsonErrorOrEmpty(anyone.get("/api/applications"), 401);
    assertJsonError(zhangsan.get("/api/tasks"), 403);
    assertJsonError(lisi.get("/api/applications/" + zhangsans), 404);
    assertJsonError(anyone.get("/api/applications?status=lost"), 401);
    JsonNode invalid = assertJsonError(zhangsan.get("/api/applications?status=lost"), 400);
    assertThat(invalid.path("problems").get(0).path("field").asText()).isEqualTo("status");

    String withdrawn = Api.json(Api.object("reason", "不再需要"));
    assertStatus(zhangsan.post("/api/applications/" + zhangsans + "/withdraw", withdrawn), 200);
    assertJsonError(zhangsan.post("/api/applications/" + zhangsans + "/withdraw", withdrawn), 409);
  }

  /**
   * A retry is the same request again; the same key with another request is the client's mistake,
   * answered 422 without filing anything, while the real retry still gets the first application.
   */
  @Test
  void anIdempotencyKeyReusedForAnotherRequestIsUnprocessable() {
    String key = UUID.randomUUID().toString();
    String number =
        assertStatus(submitWithKey(zhangsan, anyItemCode(), key), 201)
            .json()
            .path("number")
            .asText();
    List<String> before = numbersOf(zhangsan);

    Response otherForm =
        zhangsan.post(
            "/api/applications",
            Casework.submissionBody(anyItemCode(), Casework.form("张三丰")),
            "Idempotency-Key",
            key);
    JsonNode error = assertJsonError(otherForm, 422);
    assertThat(error.path("code").asText()).isEqualTo("error.idempotencyKey.reused");
    assertThat(error.path("message").asText()).contains(key);

    Response retry = assertStatus(submitWithKey(zhangsan, anyItemCode(), key), 200);
    assertThat(retry.json().path("number").asText()).isEqualTo(number);
    assertThat(numbersOf(zhangsan)).isEqualTo(before);
  }

  private static String code(JsonNode item) {
    return item.path("code").asText();
  }

  private static List<String> codes(Response list) {
    return StreamSupport.stream(assertStatus(list, 200).items().spliterator(), false)
        .map(ApiConventionsIT::code)
        .toList();
  }
}
