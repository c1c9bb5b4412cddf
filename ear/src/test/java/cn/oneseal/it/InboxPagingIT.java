package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox and the section's workload are counted, filtered, sorted and sliced in the database
 * (docs/conventions.md, "Which lists page where"): an officer with more open tasks than one page
 * walks them all, each once, in order, with the right total; another section's tasks are in none of
 * the pages and not in the total. SC-0001 belongs to 市场准入审批科 (officer2, chief), WJ-0002 to 社会事务审批科
 * (officer3).
 */
@ExtendWith(OneSealServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPagingIT {

  private static final String MARKET_ITEM = "SC-0001";
  private static final String SOCIAL_ITEM = "WJ-0002";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer2 = Api.as("officer2");
  private final Api officer3 = Api.as("officer3");
  private final Api chief = Api.as("chief");

  private final List<String> market = new ArrayList<>();
  private String social;
  private String heldByOfficer2;

  /**
   * Five market reviews open to the section's officers, one held by officer2; one social review.
   */
  @BeforeAll
  void openReviews() {
    for (int i = 0; i < 5; i++) {
      String number = submit(zhangsan, MARKET_ITEM);
      claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
      market.add(number);
    }
    social = submit(zhangsan, SOCIAL_ITEM);
    claimAndComplete(clerk, social, ACCEPT, "accept", "材料齐全，予以受理");
    market.forEach(n -> awaitTask(officer2, n, REVIEW));
    awaitTask(officer3, social, REVIEW);
    heldByOfficer2 = market.get(4);
    claim(officer2, heldByOfficer2, REVIEW);
  }

  @Test
  void anOfficerWalksEveryTaskPageByPageOnceInOrderWithTheTotal() {
    for (String sort : List.of("created", "deadline", "created,desc")) {
      List<JsonNode> rows = walk(officer2, "/api/tasks?size=2&sort=" + sort);
      List<String> numbers = rows.stream().map(r -> r.path("applicationNumber").asText()).toList();
      assertThat(numbers).as(sort).containsAll(market).doesNotContain(social);
      List<String> ids = rows.stream().map(r -> r.path("id").asText()).toList();
      assertThat(new HashSet<>(ids)).as("no task twice (%s)", sort).hasSameSizeAs(ids);
      Comparator<JsonNode> order =
          sort.startsWith("created")
              ? Comparator.comparing((JsonNode r) -> Instant.parse(r.path("created").asText()))
              : Comparator.comparing(
                  (JsonNode r) -> r.hasNonNull("deadline") ? r.path("deadline").asText() : null,
                  Comparator.nullsLast(Comparator.<String>naturalOrder()));
      assertThat(rows)
          .as(sort)
          .isSortedAccordingTo(sort.endsWith("desc") ? order.reversed() : order);
    }
  }

  @Test
  void aSectionOfficerNeverSeesAnotherSectionsTaskNotEvenInTheTotal() {
    assertThat(total(officer3, "/api/tasks?item=" + MARKET_ITEM)).isZero();
    assertThat(total(officer2, "/api/tasks?item=" + SOCIAL_ITEM)).isZero();
    List<String> officer3Numbers = numbers(walk(officer3, "/api/tasks?size=3"));
    assertThat(officer3Numbers).contains(social).doesNotContainAnyElementsOf(market);
    // the chief's workload: the section's tasks, claimed or not, never another section's
    List<String> workload = numbers(walk(chief, "/api/tasks/workload?size=2"));
    assertThat(workload).containsAll(market).doesNotContain(social);
  }

  @Test
  void filtersByItemAndStepHoldInTheDatabase() {
    List<JsonNode> reviews =
        walk(officer2, "/api/tasks?size=2&item=" + MARKET_ITEM + "&step=" + REVIEW);
    assertThat(numbers(reviews)).containsAll(market);
    assertThat(reviews)
        .allSatisfy(r -> assertThat(r.path("step").asText()).isEqualTo(REVIEW))
        .allSatisfy(r -> assertThat(r.path("itemCode").asText()).isEqualTo(MARKET_ITEM));
    assertThat(numbers(walk(officer2, "/api/tasks?size=2&step=" + ACCEPT)))
        .doesNotContainAnyElementsOf(market);
    // a fresh case's step has no card yet
    assertThat(numbers(walk(officer2, "/api/tasks?size=2&card=red")))
        .doesNotContainAnyElementsOf(market);
    assertThat(numbers(walk(officer2, "/api/tasks?size=2&card=none"))).containsAll(market);
    // the task officer2 claimed is theirs, no longer open to officer3 or anyone else's inbox
    assertThat(numbers(walk(Api.as("officer"), "/api/tasks?size=50")))
        .doesNotContain(heldByOfficer2);
  }

  @Test
  void badPagingIsRefusedWithTheField() {
    for (String path : List.of("/api/tasks", "/api/tasks/workload")) {
      Api who = path.endsWith("workload") ? chief : officer2;
      assertField(who.get(path + "?size=0"), "size");
      assertField(who.get(path + "?size=101"), "size");
      assertField(who.get(path + "?page=-1"), "page");
      assertField(who.get(path + "?sort=price"), "sort");
      assertField(who.get(path + "?sort=deadline,sideways"), "sort");
    }
    assertField(officer2.get("/api/tasks?card=purple"), "card");
  }

  private static void assertField(Api.Response refused, String field) {
    JsonNode error = assertJsonError(refused, 400);
    assertThat(error.path("problems"))
        .as("%s", refused)
        .anySatisfy(p -> assertThat(p.path("field").asText()).isEqualTo(field));
  }

  /** Every row, page after page; each page's total agrees with the rows walked. */
  private static List<JsonNode> walk(Api who, String path) {
    List<JsonNode> rows = new ArrayList<>();
    Set<Long> totals = new HashSet<>();
    int pages = 0;
    for (int page = 0; ; page++) {
      Api.Response answer = who.get(path + "&page=" + page);
      assertThat(answer.status()).as("%s", answer).isEqualTo(200);
      JsonNode json = answer.json();
      assertThat(json.path("page").asInt()).isEqualTo(page);
      totals.add(json.path("total").asLong());
      answer.items().forEach(rows::add);
      pages++;
      if (answer.items().size() < json.path("size").asInt()) {
        break;
      }
    }
    assertThat(totals).as("one total on every page of %s", path).hasSize(1);
    assertThat(rows).as("the total of %s", path).hasSize(totals.iterator().next().intValue());
    return rows;
  }

  private static long total(Api who, String path) {
    return who.get(path).json().path("total").asLong();
  }

  private static List<String> numbers(List<JsonNode> rows) {
    return rows.stream().map(r -> r.path("applicationNumber").asText()).toList();
  }
}
