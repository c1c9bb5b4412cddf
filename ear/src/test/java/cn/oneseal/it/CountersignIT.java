package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.findTask;
import static cn.oneseal.it.support.Casework.history;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Countersign (会签) on the deployed server: WL-0002 (旅行社业务经营许可, 市场准入审批科) needs two further officers
 * of the section to agree with the review. The reviewer cannot countersign, nobody signs twice in a
 * round, an officer of another section never sees the task, and one objection sends the case back
 * to the officer who reviewed.
 */
@ExtendWith(OneSealServer.class)
class CountersignIT {

  private static final String ITEM = "WL-0002";
  private static final String COUNTERSIGN = "countersignReview";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api officer2 = Api.as("officer2");
  private final Api officer3 = Api.as("officer3");
  private final Api chief = Api.as("chief");

  @Test
  void twoFurtherOfficersAgreeAndAnObjectionSendsTheCaseBack() {
    String number = submit(zhangsan, ITEM);
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
    assertThat(claimAndComplete(officer, number, REVIEW, "approve", "符合旅行社设立条件"))
        .isEqualTo("AWAITING_DECISION");
    assertThat(countersignTasks(officer2, number)).hasSize(2);
    assertThat(findTask(officer3, number, COUNTERSIGN)).isEmpty();

    // the reviewer does not countersign their own review
    String first = claim(officer, number, COUNTERSIGN);
    assertJsonError(complete(officer, first, "agree", "同意", null), 409);
    assertStatus(officer.post("/api/tasks/" + first + "/release"), 200);

    String mine = claim(officer2, number, COUNTERSIGN);
    assertJsonError(complete(officer2, mine, "approve", "同意", null), 400);
    assertJsonError(complete(officer2, mine, "agree", " ", null), 400);
    assertStatus(complete(officer2, mine, "agree", "同意审查意见", null), 200);
    String second = claim(officer2, number, COUNTERSIGN);
    assertJsonError(complete(officer2, second, "agree", "再签一次", null), 409);
    assertStatus(officer2.post("/api/tasks/" + second + "/release"), 200);

    String chiefs = claim(chief, number, COUNTERSIGN);
    assertStatus(complete(chief, chiefs, "object", "经营场所证明不足，请重新审查", null), 200);
    assertThat(application(zhangsan, number).path("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(countersignTasks(officer2, number)).isEmpty();
    JsonNode review = awaitTask(officer, number, REVIEW);
    assertThat(review.path("assignee").asText()).isEqualTo("officer");

    // a new round after the new review: both agree, the case goes on to the site inspection
    assertStatus(
        complete(officer, review.path("id").asText(), "approve", "已补充场所证明，符合条件", null), 200);
    assertStatus(
        complete(officer2, claim(officer2, number, COUNTERSIGN), "agree", "同意", null), 200);
    assertStatus(complete(chief, claim(chief, number, COUNTERSIGN), "agree", "同意", null), 200);
    awaitTask(officer, number, "conductSiteInspection");

    List<String> actions =
        StreamSupport.stream(history(zhangsan, number).spliterator(), false)
            .map(e -> e.path("action").asText())
            .toList();
    assertThat(actions)
        .containsSubsequence(
            "reviewed",
            "countersigned",
            "countersignObjected",
            "reviewed",
            "countersigned",
            "countersigned");
  }

  private static List<JsonNode> countersignTasks(Api staff, String number) {
    return StreamSupport.stream(staff.all("/api/tasks").spliterator(), false)
        .filter(t -> number.equals(t.path("applicationNumber").asText()))
        .filter(t -> COUNTERSIGN.equals(t.path("step").asText()))
        .toList();
  }
}
