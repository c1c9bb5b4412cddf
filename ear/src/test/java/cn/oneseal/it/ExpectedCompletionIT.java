package cn.oneseal.it;

import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.isPresent;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The expected completion of an open case in {@code GET /api/applications/{n}}: once ten cases of
 * the item version have been decided after the step a case is at, the case is told the days by
 * which half and nine in ten of them were decided, counted from its own entry into that step; a
 * decided case and a case waiting for the applicant's corrections have none.
 */
@ExtendWith(OneSealServer.class)
class ExpectedCompletionIT {

  /** CompletionEstimate.MIN_BASIS: the estimate needs ten past cases. */
  private static final int MIN_BASIS = 10;

  private static String decided(Api citizen, String itemCode) {
    String number = submit(citizen, itemCode);
    assertThat(claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "材料齐全，予以受理"))
        .isEqualTo("UNDER_REVIEW");
    assertThat(claimAndComplete(Api.as("officer"), number, REVIEW, "approve", "符合法定条件"))
        .isEqualTo("AWAITING_DECISION");
    assertThat(claimAndComplete(Api.as("director"), number, DECIDE, "approve", "准予许可"))
        .isEqualTo("APPROVED");
    return number;
  }

  private static void assertEstimate(JsonNode application, String step) {
    JsonNode estimate = application.path("expectedCompletion");
    assertThat(isPresent(estimate)).as("expectedCompletion in %s", application).isTrue();
    assertThat(estimate.path("fromStep").asText()).isEqualTo(step);
    assertThat(estimate.path("basis").asInt()).isGreaterThanOrEqualTo(MIN_BASIS);
    LocalDate p50 = LocalDate.parse(estimate.path("p50").asText());
    LocalDate p90 = LocalDate.parse(estimate.path("p90").asText());
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(p50).as("p50 of %s", estimate).isAfterOrEqualTo(today).isBeforeOrEqualTo(p90);
  }

  @Test
  void anOpenCaseLearnsWhenHalfAndNineInTenOfItsPredecessorsWereDecided() {
    Api zhangsan = Api.as("zhangsan");
    JsonNode item = Casework.itemWithMaterials(1);
    String itemCode = item.path("code").asText();
    String last = null;
    for (int i = 0; i < MIN_BASIS; i++) {
      last = decided(zhangsan, itemCode);
    }

    // at the window: the past cases all passed the window
    String atWindow = submit(zhangsan, itemCode);
    awaitTask(Api.as("clerk"), atWindow, ACCEPT);
    assertEstimate(application(zhangsan, atWindow), ACCEPT);

    // in review: counted from the review, which they all passed too; staff read the same
    assertThat(claimAndComplete(Api.as("clerk"), atWindow, ACCEPT, "accept", "予以受理"))
        .isEqualTo("UNDER_REVIEW");
    awaitTask(Api.as("officer"), atWindow, REVIEW);
    assertEstimate(application(zhangsan, atWindow), REVIEW);
    assertEstimate(application(Api.as("supervisor"), atWindow), REVIEW);

    // a decided case has no estimate, nor one that waits for the applicant's corrections
    assertThat(application(zhangsan, last).path("expectedCompletion").isNull()).isTrue();
    String toCorrect = submit(zhangsan, itemCode);
    String material = item.path("materials").get(0).path("code").asText();
    assertThat(
            claimAndComplete(
                Api.as("clerk"), toCorrect, ACCEPT, "correct", "请补正", List.of(material)))
        .isEqualTo("CORRECTION_REQUESTED");
    JsonNode waiting = application(zhangsan, toCorrect);
    assertThat(waiting.has("expectedCompletion")).as("%s", waiting).isTrue();
    assertThat(waiting.path("expectedCompletion").isNull()).as("%s", waiting).isTrue();
  }
}
