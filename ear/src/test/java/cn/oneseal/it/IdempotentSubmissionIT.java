package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.anyItemCode;
import static cn.oneseal.it.support.Casework.numbersOf;
import static cn.oneseal.it.support.Casework.submitWithKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A citizen's retry (a double click, a lost answer) must not file a second application: the {@code
 * Idempotency-Key} makes a submission safe to repeat. Counts are taken before and after, because
 * the other test classes file applications for the same citizens on the same server.
 */
@ExtendWith(OneSealServer.class)
class IdempotentSubmissionIT {

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");

  @Test
  void theSameKeyTwiceFilesOneApplication() {
    List<String> before = numbersOf(zhangsan);
    String key = UUID.randomUUID().toString();

    Response first = assertStatus(submitWithKey(zhangsan, anyItemCode(), key), 201);
    Response retry = assertStatus(submitWithKey(zhangsan, anyItemCode(), key), 200);

    String number = first.json().path("number").asText();
    assertThat(number).as("%s", first).isNotBlank();
    assertThat(retry.json().path("number").asText()).as("%s", retry).isEqualTo(number);
    List<String> after = numbersOf(zhangsan);
    assertThat(after).hasSize(before.size() + 1).containsOnlyOnce(number);
  }

  /** A key names one request: sent again with another body, it is refused, not replayed. */
  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    List<String> before = numbersOf(zhangsan);
    String key = UUID.randomUUID().toString();
    Response first = assertStatus(submitWithKey(zhangsan, anyItemCode(), key), 201);
    java.util.Map<String, Object> other = Casework.form("张三");
    other.put("description", "另一份申请");

    Response reused =
        zhangsan.post(
            "/api/applications",
            Casework.submissionBody(anyItemCode(), other),
            "Idempotency-Key",
            key);

    assertJsonError(reused, 422);
    assertThat(reused.body()).doesNotContain(first.json().path("number").asText());
    assertThat(numbersOf(zhangsan)).hasSize(before.size() + 1);
  }

  @Test
  void differentKeysFileTwoApplications() {
    List<String> before = numbersOf(zhangsan);

    Response first =
        assertStatus(submitWithKey(zhangsan, anyItemCode(), UUID.randomUUID().toString()), 201);
    Response second =
        assertStatus(submitWithKey(zhangsan, anyItemCode(), UUID.randomUUID().toString()), 201);

    String one = first.json().path("number").asText();
    String two = second.json().path("number").asText();
    assertThat(one).isNotBlank().isNotEqualTo(two);
    assertThat(numbersOf(zhangsan)).hasSize(before.size() + 2).contains(one, two);
  }

  @Test
  void aSubmissionWithoutKeyIsRejected() {
    List<String> before = numbersOf(zhangsan);

    assertJsonError(
        zhangsan.post(
            "/api/applications", Casework.submissionBody(anyItemCode(), Casework.form("张三"))),
        400);

    assertThat(numbersOf(zhangsan)).hasSameSizeAs(before);
  }

  /** Keys belong to their citizen: reusing someone else's must never hand out their application. */
  @Test
  void anotherCitizensKeyFilesTheirOwnApplication() {
    String key = UUID.randomUUID().toString();
    String zhangsans =
        assertStatus(submitWithKey(zhangsan, anyItemCode(), key), 201)
            .json()
            .path("number")
            .asText();

    Response lisis = assertStatus(submitWithKey(lisi, anyItemCode(), key), 201);

    String number = lisis.json().path("number").asText();
    assertThat(number).as("%s", lisis).isNotBlank().isNotEqualTo(zhangsans);
    assertThat(Casework.application(lisi, number).path("number").asText()).isEqualTo(number);
    assertThat(numbersOf(lisi)).doesNotContain(zhangsans);
  }

  /**
   * Two retries in flight at once still file one application. The loser may wait for the winner
   * (200, same number) or be told to retry later (409); it must not file a second one or fail.
   */
  @Test
  void concurrentRetriesWithOneKeyFileOneApplication() throws Exception {
    List<String> before = numbersOf(zhangsan);
    String key = UUID.randomUUID().toString();
    String itemCode = anyItemCode();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return submitWithKey(zhangsan, itemCode, key);
                }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> answer : answers) {
        responses.add(answer.get(60, TimeUnit.SECONDS));
      }
      List<Response> creations =
          responses.stream().filter(response -> response.status() == 201).toList();
      assertThat(creations).as("exactly one 201 among %s", responses).hasSize(1);
      Response created = creations.get(0);
      String number = created.json().path("number").asText();
      Response other = responses.get(responses.get(0) == created ? 1 : 0);
      if (other.status() == 409) {
        assertJsonError(other, 409);
      } else {
        assertStatus(other, 200);
        assertThat(other.json().path("number").asText()).as("%s", other).isEqualTo(number);
      }
      assertThat(numbersOf(zhangsan)).hasSize(before.size() + 1).containsOnlyOnce(number);
    } finally {
      pool.shutdownNow();
    }
  }
}
