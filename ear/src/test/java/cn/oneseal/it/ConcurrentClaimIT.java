package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.findTask;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two clerks reach for the same case at the same moment: exactly one gets it, the other is told
 * (409) and the case is never worked twice. The demo data has a second clerk, {@code clerk2}.
 */
@ExtendWith(OneSealServer.class)
class ConcurrentClaimIT {

  private static final Api CLERK = Api.as("clerk");
  private static final Api CLERK2 = Api.as("clerk2");
  private static final Api ZHANGSAN = Api.as("zhangsan");

  private static ExecutorService pool;

  @BeforeAll
  static void twoClerksAtWork() {
    assertThat(CLERK2.get("/api/tasks").status())
        .as("the demo data has a second clerk, clerk2 / demo123")
        .isEqualTo(200);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopPool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @RepeatedTest(5)
  void simultaneousClaimsHaveExactlyOneWinner() throws Exception {
    String number = submit(ZHANGSAN);
    String taskId = awaitTask(CLERK, number, ACCEPT).path("id").asText();
    awaitTask(CLERK2, number, ACCEPT);

    CountDownLatch start = new CountDownLatch(1);
    Map<Api, Future<Response>> claims =
        Map.of(
            CLERK,
                pool.submit(
                    () -> {
                      start.await();
                      return CLERK.post("/api/tasks/" + taskId + "/claim");
                    }),
            CLERK2,
                pool.submit(
                    () -> {
                      start.await();
                      return CLERK2.post("/api/tasks/" + taskId + "/claim");
                    }));
    start.countDown();

    List<Api> winners = new ArrayList<>();
    List<Response> answers = new ArrayList<>();
    for (Map.Entry<Api, Future<Response>> claim : claims.entrySet()) {
      Response answer = claim.getValue().get(60, TimeUnit.SECONDS);
      answers.add(answer);
      if (answer.status() == 200) {
        winners.add(claim.getKey());
      } else {
        assertJsonError(answer, 409);
      }
    }
    assertThat(winners).as("exactly one successful claim among %s", answers).hasSize(1);

    Api winner = winners.get(0);
    Api loser = winner == CLERK ? CLERK2 : CLERK;
    assertThat(findTask(winner, number, ACCEPT).orElseThrow().path("assignee").asText())
        .isEqualTo(winner.username());
    assertThat(findTask(loser, number, ACCEPT))
        .as("the task is gone from %s's list", loser.username())
        .isEmpty();
  }

  @Test
  void aTaskClaimedBySomeoneElseCannotBeTakenOrCompleted() {
    String number = submit(ZHANGSAN);
    String taskId = claim(CLERK, number, ACCEPT);

    assertJsonError(CLERK2.post("/api/tasks/" + taskId + "/claim"), 409);
    assertJsonError(complete(CLERK2, taskId, "accept", "抢先受理", null), 409);
    assertThat(Casework.application(ZHANGSAN, number).path("status").asText())
        .isEqualTo("SUBMITTED");

    assertStatus(CLERK.post("/api/tasks/" + taskId + "/release"), 200);
    assertStatus(CLERK2.post("/api/tasks/" + taskId + "/claim"), 200);
    Response accepted = assertStatus(complete(CLERK2, taskId, "accept", "予以受理", null), 200);
    assertThat(accepted.json().path("status").asText()).isEqualTo("UNDER_REVIEW");
  }
}
