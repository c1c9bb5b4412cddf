package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.awaitNoTask;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.findTask;
import static cn.oneseal.it.support.Casework.instant;
import static cn.oneseal.it.support.Casework.isPresent;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application's life over the public API, as the citizen and each officer in turn see it:
 * submission, acceptance (with a round of corrections), review, decision and delivery, and the ways
 * it can end early — refusal at the counter, denial by the director, withdrawal.
 */
@ExtendWith(OneSealServer.class)
class LicensingFlowIT {

  private static final String DEEMED_ACCEPTED = "deemedAccepted";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");

  @Test
  void approvalAfterOneRoundOfCorrections() {
    JsonNode item = Casework.itemWithMaterials(2);
    String itemCode = item.path("code").asText();
    List<String> missing =
        List.of(
            item.path("materials").get(0).path("code").asText(),
            item.path("materials").get(1).path("code").asText());
    String number = submit(zhangsan, itemCode);

    JsonNode submitted = application(zhangsan, number);
    assertThat(submitted.path("number").asText()).isEqualTo(number);
    assertThat(submitted.path("itemCode").asText()).isEqualTo(itemCode);
    assertThat(submitted.path("itemName").asText()).isEqualTo(item.path("name").asText());
    assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(submitted.path("form").path("applicantName").asText()).isEqualTo("张三");
    assertThat(submitted.path("form").path("contactPhone").asText()).isEqualTo("13800138000");
    assertThat(isPresent(submitted.path("applicant"))).as("applicant in %s", submitted).isTrue();
    assertThat(isPresent(submitted.path("submittedAt")))
        .as("submittedAt in %s", submitted)
        .isTrue();
    assertThat(isPresent(submitted.path("correction"))).as("correction in %s", submitted).isFalse();
    assertThat(isPresent(submitted.path("decision"))).as("decision in %s", submitted).isFalse();
    assertThat(isPresent(submitted.path("deliveredAt")))
        .as("deliveredAt in %s", submitted)
        .isFalse();

    String correctionOpinion = "请补正：" + String.join("、", missing);
    assertThat(claimAndComplete(clerk, number, ACCEPT, "correct", correctionOpinion, missing))
        .isEqualTo("CORRECTION_REQUESTED");

    JsonNode toCorrect = application(zhangsan, number);
    assertThat(toCorrect.path("status").asText()).isEqualTo("CORRECTION_REQUESTED");
    JsonNode correction = toCorrect.path("correction");
    assertThat(Casework.codes(correction.path("missing")))
        .as("missing materials in %s", toCorrect)
        .containsExactlyInAnyOrderElementsOf(missing);
    assertThat(correction.path("opinion").asText()).isEqualTo(correctionOpinion);
    assertThat(isPresent(correction.path("requestedAt")))
        .as("requestedAt in %s", toCorrect)
        .isTrue();
    // the item version's correction period (working days) gives the last day, and its consequence
    assertThat(java.time.LocalDate.parse(correction.path("due").asText()))
        .as("due in %s", toCorrect)
        .isAfter(
            java.time.LocalDate.ofInstant(
                java.time.Instant.parse(correction.path("requestedAt").asText()),
                java.time.ZoneId.of("Asia/Shanghai")));
    assertThat(correction.path("consequence").asText()).contains("视为撤回申请");

    Response corrected =
        assertStatus(
            zhangsan.post(
                "/api/applications/" + number + "/corrections",
                Api.json(Api.object("note", "已补交营业执照副本和场所平面图"))),
            200);
    assertThat(corrected.json().path("status").asText()).as("%s", corrected).isEqualTo("SUBMITTED");
    assertThat(application(zhangsan, number).path("status").asText()).isEqualTo("SUBMITTED");

    String acceptOpinion = "材料齐全，符合法定形式，予以受理";
    String reviewOpinion = "经审查，符合许可条件，建议准予许可";
    String decisionOpinion = "同意，准予许可";
    assertThat(claimAndComplete(clerk, number, ACCEPT, "accept", acceptOpinion))
        .isEqualTo("UNDER_REVIEW");
    assertThat(claimAndComplete(officer, number, REVIEW, "approve", reviewOpinion))
        .isEqualTo("AWAITING_DECISION");
    assertThat(claimAndComplete(director, number, DECIDE, "approve", decisionOpinion))
        .isEqualTo("APPROVED");

    JsonNode delivered =
        Casework.await(
            "delivery of " + number,
            () -> application(zhangsan, number),
            app -> isPresent(app.path("deliveredAt")));
    assertThat(delivered.path("status").asText()).isEqualTo("APPROVED");
    assertThat(delivered.path("decision").path("outcome").asText()).matches("(?i)approved?");
    assertThat(isPresent(delivered.path("decision").path("decidedAt")))
        .as("%s", delivered)
        .isTrue();

    JsonNode history = Casework.history(zhangsan, number);
    List<JsonNode> steps = withoutDeemedAcceptance(history);
    assertThat(steps.get(0).path("actor").asText())
        .as("first entry of %s", history)
        .isEqualTo("zhangsan");
    assertThat(steps.get(0).path("action").asText())
        .as("first entry of %s", history)
        .containsIgnoringCase("submit");
    int asked =
        indexAfter(
            steps,
            0,
            history,
            "correction requested by the clerk",
            task(ACCEPT, "clerk", correctionOpinion));
    int accepted =
        indexAfter(
            steps, asked, history, "acceptance by the clerk", task(ACCEPT, "clerk", acceptOpinion));
    int reviewed =
        indexAfter(
            steps,
            accepted,
            history,
            "review by the officer",
            task(REVIEW, "officer", reviewOpinion));
    int decided =
        indexAfter(
            steps,
            reviewed,
            history,
            "decision by the director",
            task(DECIDE, "director", decisionOpinion));
    indexAfter(
        steps,
        decided,
        history,
        "delivery",
        entry -> entry.path("action").asText().toLowerCase().contains("deliver"));

    assertChronological(history);
    for (JsonNode entry : steps) {
      if (Set.of(ACCEPT, REVIEW, DECIDE).contains(entry.path("step").asText())) {
        assertThat(isPresent(entry.path("startedAt"))).as("startedAt of %s", entry).isTrue();
        assertThat(instant(entry.path("startedAt")))
            .as("%s", entry)
            .isBeforeOrEqualTo(instant(entry.path("at")));
        assertThat(entry.path("durationSeconds").isNumber())
            .as("durationSeconds of %s", entry)
            .isTrue();
        assertThat(entry.path("durationSeconds").asDouble())
            .as("%s", entry)
            .isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(Casework.history(officer, number))
        .as("the officer's view of the history")
        .isEqualTo(history);
  }

  @Test
  void refusalAtTheCounterTellsTheCitizenWhy() {
    String number = submit(zhangsan);
    String taskId = claim(clerk, number, ACCEPT);

    assertJsonError(complete(clerk, taskId, "refuse", null, null), 400);
    assertJsonError(complete(clerk, taskId, "correct", "请补正", List.of()), 400);
    assertJsonError(complete(clerk, taskId, "correct", "请补正", null), 400);
    assertJsonError(complete(clerk, taskId, "approve", "受理环节不能作出许可决定", null), 400);
    assertJsonError(complete(clerk, taskId, "no-such-outcome", "意见", null), 400);
    assertThat(findTask(clerk, number, ACCEPT))
        .as("the task survives rejected completions")
        .isPresent();

    String reasons = "申请事项依法不属于本机关职权范围，请向市场监督管理部门申请";
    Response refused = assertStatus(complete(clerk, taskId, "refuse", reasons, null), 200);
    assertThat(refused.json().path("applicationNumber").asText()).isEqualTo(number);
    assertThat(refused.json().path("status").asText()).isEqualTo("REFUSED");

    assertJsonError(complete(clerk, taskId, "accept", "再次办理", null), 409);

    JsonNode seen = application(zhangsan, number);
    assertThat(seen.path("status").asText()).isEqualTo("REFUSED");
    assertThat(seen.path("decision").path("outcome").asText())
        .as("%s", seen)
        .matches("(?i)refused?");
    assertThat(seen.path("decision").path("reasons").asText()).as("%s", seen).contains(reasons);
    assertThat(isPresent(seen.path("decision").path("decidedAt"))).as("%s", seen).isTrue();

    assertJsonError(
        zhangsan.post(
            "/api/applications/" + number + "/withdraw", Api.json(Api.object("reason", "撤回"))),
        409);
  }

  @Test
  void denialByTheDirectorTellsTheCitizenWhy() {
    String number = submit(zhangsan);
    assertThat(claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理")).isEqualTo("UNDER_REVIEW");

    String reviewTask = claim(officer, number, REVIEW);
    assertJsonError(complete(officer, reviewTask, "deny", null, null), 400);
    assertJsonError(complete(officer, reviewTask, "refuse", "审查环节不能不予受理", null), 400);
    String recommendation = "经现场核查，经营场所面积不达标，建议不予许可";
    Response reviewed =
        assertStatus(complete(officer, reviewTask, "deny", recommendation, null), 200);
    assertThat(reviewed.json().path("status").asText()).isEqualTo("AWAITING_DECISION");

    String decideTask = claim(director, number, DECIDE);
    assertJsonError(complete(director, decideTask, "deny", null, null), 400);
    assertJsonError(complete(director, decideTask, "correct", "决定环节不能要求补正", List.of("x")), 400);
    String reasons = "经营场所使用面积低于规定的最低标准，依法不予许可";
    Response denied = assertStatus(complete(director, decideTask, "deny", reasons, null), 200);
    assertThat(denied.json().path("status").asText()).isEqualTo("DENIED");

    JsonNode seen = application(zhangsan, number);
    assertThat(seen.path("status").asText()).isEqualTo("DENIED");
    assertThat(seen.path("decision").path("outcome").asText())
        .as("%s", seen)
        .matches("(?i)deny|denied");
    assertThat(seen.path("decision").path("reasons").asText()).as("%s", seen).contains(reasons);
    assertThat(isPresent(seen.path("decision").path("decidedAt"))).as("%s", seen).isTrue();

    JsonNode history = Casework.history(zhangsan, number);
    List<JsonNode> steps = withoutDeemedAcceptance(history);
    int recommended =
        indexAfter(
            steps,
            0,
            history,
            "the officer's recommendation",
            task(REVIEW, "officer", recommendation));
    indexAfter(
        steps, recommended, history, "the director's denial", task(DECIDE, "director", reasons));
  }

  @Test
  void citizenWithdrawsWhileUnderReview() {
    String number = submit(zhangsan);
    assertThat(claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理")).isEqualTo("UNDER_REVIEW");
    awaitTask(officer, number, REVIEW);

    Response withdrawn =
        assertStatus(
            zhangsan.post(
                "/api/applications/" + number + "/withdraw",
                Api.json(Api.object("reason", "经营计划调整，不再申请"))),
            200);
    assertThat(withdrawn.json().path("status").asText()).as("%s", withdrawn).isEqualTo("WITHDRAWN");
    assertThat(application(zhangsan, number).path("status").asText()).isEqualTo("WITHDRAWN");
    awaitNoTask(officer, number, REVIEW);
  }

  @Test
  void noWithdrawalAfterTheDecision() {
    String number = Casework.submitUpToDecision(zhangsan, "approve");
    assertThat(claimAndComplete(director, number, DECIDE, "approve", "准予许可")).isEqualTo("APPROVED");

    assertJsonError(
        zhangsan.post(
            "/api/applications/" + number + "/withdraw", Api.json(Api.object("reason", "反悔"))),
        409);
    assertThat(application(zhangsan, number).path("status").asText()).isEqualTo("APPROVED");
  }

  /** The timer entry may fall anywhere (it depends on timing), so order is checked without it. */
  private static List<JsonNode> withoutDeemedAcceptance(JsonNode history) {
    List<JsonNode> steps =
        StreamSupport.stream(history.spliterator(), false)
            .filter(entry -> !DEEMED_ACCEPTED.equals(entry.path("action").asText()))
            .toList();
    assertThat(steps).as("history %s", history).isNotEmpty();
    return steps;
  }

  /**
   * The entry of a task step; its opinion shows what was said (it may add e.g. the missing list).
   */
  private static Predicate<JsonNode> task(String step, String actor, String opinion) {
    return entry ->
        step.equals(entry.path("step").asText())
            && actor.equals(entry.path("actor").asText())
            && entry.path("opinion").asText().contains(opinion);
  }

  /**
   * The index of the first entry after {@code previous} that matches; fails with the whole history.
   */
  private static int indexAfter(
      List<JsonNode> steps,
      int previous,
      JsonNode history,
      String what,
      Predicate<JsonNode> matches) {
    for (int i = previous + 1; i < steps.size(); i++) {
      if (matches.test(steps.get(i))) {
        return i;
      }
    }
    throw new AssertionError(
        "No " + what + " after entry " + previous + " in the history " + history);
  }

  private static void assertChronological(JsonNode history) {
    Instant previous = Instant.MIN;
    for (JsonNode entry : history) {
      assertThat(isPresent(entry.path("at"))).as("at of %s", entry).isTrue();
      Instant at = instant(entry.path("at"));
      assertThat(at).as("history in order: %s", history).isAfterOrEqualTo(previous);
      previous = at;
    }
  }
}
