package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.completeInspection;
import static cn.oneseal.it.support.Casework.findTask;
import static cn.oneseal.it.support.Casework.history;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An item whose guide lists special steps runs them between review and decision, in the order of
 * the model, and only those: the path is chosen by the item version's parameters.
 */
@ExtendWith(OneSealServer.class)
class SpecialStepFlowIT {

  private static final Map<String, String> TASK_OF_KIND =
      Map.of(
          "SITE_INSPECTION", "conductSiteInspection",
          "EXPERT_REVIEW", "conductExpertReview",
          "HEARING", "holdHearing",
          "PUBLIC_NOTICE", "publishNotice");

  private static final List<String> MODEL_ORDER =
      List.of("SITE_INSPECTION", "EXPERT_REVIEW", "HEARING", "PUBLIC_NOTICE");

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");

  @Test
  void theItemsSpecialStepsRunInOrderBeforeTheDecisionAndAreRecorded() {
    JsonNode item = itemWithMostSpecialSteps();
    List<String> kinds = new ArrayList<>();
    item.path("specialSteps").forEach(s -> kinds.add(s.path("kind").asText()));
    List<String> expected = MODEL_ORDER.stream().filter(kinds::contains).toList();
    assertThat(expected).as("special steps of %s", item.path("code")).isNotEmpty();

    String number = submit(zhangsan, item.path("code").asText());
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全");
    assertThat(claimAndComplete(officer, number, REVIEW, "approve", "符合条件"))
        .isEqualTo("AWAITING_DECISION");

    for (String kind : expected) {
      String task = TASK_OF_KIND.get(kind);
      assertThat(findTask(director, number, DECIDE)).as("no decision before %s", task).isEmpty();
      String taskId = claim(officer, number, task);
      assertJsonError(complete(officer, taskId, "done", " ", null), 400);
      assertJsonError(complete(officer, taskId, "approve", "结论", null), 400);
      Api.Response done;
      if ("conductSiteInspection".equals(task)) {
        // fact checks on site need two or more staff, the one recording among them
        assertJsonError(completeInspection(officer, taskId, "结论：符合要求", List.of("officer")), 400);
        assertJsonError(
            completeInspection(officer, taskId, "结论：符合要求", List.of("officer2", "chief")), 400);
        assertJsonError(
            completeInspection(officer, taskId, "结论：符合要求", List.of("officer", "clerk")), 400);
        done =
            assertStatus(
                completeInspection(
                    officer, taskId, task + " 结论：符合要求", List.of("officer", "officer2")),
                200);
      } else {
        done = assertStatus(complete(officer, taskId, "done", task + " 结论：符合要求", null), 200);
      }
      assertThat(done.json().path("status").asText()).isEqualTo("AWAITING_DECISION");
    }
    assertThat(claimAndComplete(director, number, DECIDE, "approve", "同意")).isEqualTo("APPROVED");

    List<String> steps = new ArrayList<>();
    for (JsonNode entry : history(zhangsan, number)) {
      if ("specialStepCompleted".equals(entry.path("action").asText())) {
        steps.add(entry.path("step").asText());
        assertThat(entry.path("actor").asText()).isEqualTo("officer");
        assertThat(entry.path("opinion").asText()).contains("结论：符合要求");
      }
    }
    assertThat(steps).containsExactlyElementsOf(expected.stream().map(TASK_OF_KIND::get).toList());
  }

  @Test
  void anItemWithoutSpecialStepsGoesFromReviewStraightToTheDecision() {
    String number = submit(zhangsan, Casework.anyItemCode());
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全");
    claimAndComplete(officer, number, REVIEW, "approve", "符合条件");
    Casework.awaitTask(director, number, DECIDE);
    for (String task : TASK_OF_KIND.values()) {
      assertThat(findTask(officer, number, task)).as(task).isEmpty();
    }
  }

  @Test
  void onlyOfficersCarryOutSpecialSteps() {
    JsonNode item = itemWithMostSpecialSteps();
    String number = submit(zhangsan, item.path("code").asText());
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全");
    claimAndComplete(officer, number, REVIEW, "approve", "符合条件");
    String first =
        TASK_OF_KIND.get(
            MODEL_ORDER.stream()
                .filter(k -> item.path("specialSteps").findValuesAsText("kind").contains(k))
                .findFirst()
                .orElseThrow());
    String taskId = Casework.awaitTask(officer, number, first).path("id").asText();
    assertStatus(director.post("/api/tasks/" + taskId + "/claim"), 403);
    assertStatus(clerk.post("/api/tasks/" + taskId + "/claim"), 403);
    assertStatus(zhangsan.post("/api/tasks/" + taskId + "/claim"), 403);
  }

  private static JsonNode itemWithMostSpecialSteps() {
    JsonNode best = null;
    for (JsonNode item : Casework.catalogue()) {
      if (best == null || item.path("specialSteps").size() > best.path("specialSteps").size()) {
        best = item;
      }
    }
    assertThat(best.path("specialSteps").size())
        .as("an item with special steps in the catalogue")
        .isPositive();
    return best;
  }
}
