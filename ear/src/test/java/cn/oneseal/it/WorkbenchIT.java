package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.history;
import static cn.oneseal.it.support.Casework.submit;
import static cn.oneseal.it.support.Casework.submitUpToDecision;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.Mailbox;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The approval operations of the workbench on the deployed server: transfer (转办), delegate (委派) and
 * give back, return (退回), urge (催办), the chief's reassignment, backup staff (AB角), each with its
 * comment in the history, its authorization per task and section, and the e-mail to the person who
 * now holds the task. Item SC-0001 belongs to 市场准入审批科: officer (whole bureau), officer2 and chief
 * work it, officer3 (社会事务审批科) does not.
 */
@ExtendWith(OneSealServer.class)
class WorkbenchIT {

  private static final String ITEM = "SC-0001";
  private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api officer2 = Api.as("officer2");
  private final Api officer3 = Api.as("officer3");
  private final Api chief = Api.as("chief");
  private final Api director = Api.as("director");
  private final Api supervisor = Api.as("supervisor");

  /** A SC-0001 case accepted by the window whose review officer has claimed: its task id. */
  private String[] reviewHeldByOfficer() {
    String number = submit(zhangsan, ITEM);
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
    return new String[] {number, claim(officer, number, REVIEW)};
  }

  @Test
  void aTransferGoesToAColleagueOfTheSectionWithItsCommentOnRecord() {
    String[] c = reviewHeldByOfficer();
    String number = c[0];
    String task = c[1];

    assertJsonError(transfer(officer, task, "officer2", " "), 400);
    assertJsonError(transfer(officer, task, "clerk", "请办理"), 400);
    assertJsonError(transfer(officer, task, "officer3", "请办理"), 400);
    assertJsonError(transfer(officer, task, "officer", "请办理"), 400);
    assertJsonError(transfer(officer, task, "nobody", "请办理"), 400);
    assertJsonError(transfer(Api.as("lisi"), task, "officer2", "请办理"), 403);
    // another section's task is not found by its staff, as its case is not
    assertJsonError(transfer(officer3, task, "officer3", "请办理"), 404);
    assertJsonError(transfer(officer2, task, "chief", "抢先转办"), 409);
    assertThat(taskNumbers(officer3, "/api/tasks")).doesNotContain(number);

    JsonNode moved = assertStatus(transfer(officer, task, "officer2", "请李审查办理"), 200).json();
    assertThat(moved.path("assignee").asText()).isEqualTo("officer2");
    assertThat(taskNumbers(officer2, "/api/tasks")).contains(number);
    assertThat(entry(number, "transferred").path("opinion").asText())
        .contains("officer → officer2")
        .contains("请李审查办理");
    MimeMessage mail = await("officer2", "任务转办：" + number);
    assertThat(Mailbox.text(mail)).contains("/staff/task.xhtml?id=" + task).contains("请李审查办理");

    // the colleague works it to the end
    assertStatus(complete(officer2, task, "approve", "符合条件", null), 200);
  }

  @Test
  void aDelegatedTaskComesBackToItsOwner() {
    String[] c = reviewHeldByOfficer();
    String number = c[0];
    String task = c[1];
    assertJsonError(delegate(officer, task, "chief", ""), 400);
    JsonNode delegated = assertStatus(delegate(officer, task, "chief", "请科长核实场所资料"), 200).json();
    assertThat(delegated.path("assignee").asText()).isEqualTo("chief");
    assertThat(delegated.path("owner").asText()).isEqualTo("officer");
    assertThat(delegated.path("delegated").asBoolean()).isTrue();
    await("chief", "任务委托：" + number);

    // neither the delegate nor the owner completes while the delegation is open
    assertJsonError(complete(chief, task, "approve", "同意", null), 409);
    assertJsonError(complete(officer, task, "approve", "同意", null), 409);
    assertJsonError(resolve(officer2, task, "不是我的"), 409);
    assertJsonError(resolve(chief, task, " "), 400);

    JsonNode back = assertStatus(resolve(chief, task, "场所资料已核实无误"), 200).json();
    assertThat(back.path("assignee").asText()).isEqualTo("officer");
    assertThat(back.path("delegated").asBoolean()).isFalse();
    assertThat(entry(number, "delegated").path("opinion").asText()).contains("请科长核实场所资料");
    assertThat(entry(number, "delegationResolved").path("opinion").asText()).contains("已核实");
    assertStatus(complete(officer, task, "approve", "符合条件", null), 200);
  }

  @Test
  void theDirectorReturnsTheDecisionToTheOfficerWhoReviewed() {
    String number = submitUpToDecision(zhangsan, "approve");
    JsonNode decision = awaitTask(director, number, DECIDE);
    assertThat(decision.path("returnable").asBoolean()).isTrue();
    assertThat(decision.path("outcomes").toString()).isEqualTo("[\"approve\",\"deny\"]");
    String decide = claim(director, number, DECIDE);
    assertJsonError(returnTask(director, decide, ""), 400);
    assertJsonError(returnTask(officer, decide, "退回"), 403);

    JsonNode returned = assertStatus(returnTask(director, decide, "现场照片不清晰，请重新审查"), 200).json();
    String review = returned.path("reviewTaskId").asText();
    assertThat(application(zhangsan, number).path("status").asText()).isEqualTo("UNDER_REVIEW");
    JsonNode task = awaitTask(officer, number, REVIEW);
    assertThat(task.path("id").asText()).isEqualTo(review);
    assertThat(task.path("returnable").asBoolean()).isFalse();
    assertThat(task.path("assignee").asText()).isEqualTo("officer");
    assertThat(entry(number, "returned").path("opinion").asText()).contains("重新审查");
    await("officer", "任务退回：" + number);
    // a review cannot be returned
    assertJsonError(returnTask(officer, review, "退回受理"), 409);

    assertStatus(complete(officer, review, "approve", "已重新审查，符合条件", null), 200);
    assertThat(claimAndComplete(director, number, DECIDE, "approve", "同意")).isEqualTo("APPROVED");
  }

  @Test
  void urgingRemindsTheHolderAndOnlySupervisionChiefsAndTheDirectorUrge() {
    String[] c = reviewHeldByOfficer();
    String number = c[0];
    String task = c[1];
    assertJsonError(urge(officer2, task, "快点"), 403);
    assertJsonError(urge(zhangsan, task, "快点"), 403);
    assertJsonError(urge(supervisor, task, ""), 400);
    // the supervision finds the open steps of a case with their holders, the applicant does not
    JsonNode open =
        assertStatus(supervisor.get("/api/applications/" + number + "/tasks"), 200).items();
    assertThat(open).hasSize(1);
    assertThat(open.get(0).path("id").asText()).isEqualTo(task);
    assertThat(open.get(0).path("assignee").asText()).isEqualTo("officer");
    assertJsonError(zhangsan.get("/api/applications/" + number + "/tasks"), 404);
    assertStatus(urge(supervisor, task, "已超过承诺时限，请尽快办理"), 204);
    assertStatus(urge(chief, task, "请今日办结"), 204);
    assertThat(entries(number, "urged"))
        .extracting(e -> e.path("opinion").asText())
        .containsExactly("已超过承诺时限，请尽快办理", "请今日办结");
    // both urges reach the holder
    List<String> mails =
        Casework.await(
            "two urges of " + number + " mailed to officer",
            () ->
                OneSealServer.mailbox().messagesTo("officer@oneseal.example").stream()
                    .filter(m -> Mailbox.subject(m).contains("任务催办：" + number))
                    .map(Mailbox::text)
                    .toList(),
            found -> found.size() == 2);
    assertThat(mails).anyMatch(text -> text.contains("承诺时限"));
    assertThat(mails).anyMatch(text -> text.contains("请今日办结"));
    // the holder sees it in the app too
    JsonNode notifications = officer.all("/api/notifications");
    assertThat(
            StreamSupport.stream(notifications.spliterator(), false)
                .anyMatch(
                    n ->
                        "taskUrged".equals(n.path("kind").asText())
                            && number.equals(n.path("applicationNumber").asText())))
        .isTrue();
    // somebody else's notification is not theirs to mark
    long id = notifications.get(0).path("id").asLong();
    assertJsonError(officer2.post("/api/notifications/" + id + "/read"), 404);
  }

  @Test
  void transferAndCompleteAtTheSameMomentOneWins() throws Exception {
    for (int round = 0; round < 10; round++) {
      String[] c = reviewHeldByOfficer();
      String task = c[1];
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<Api.Response> transfer =
          CompletableFuture.supplyAsync(
              () -> {
                awaitLatch(start);
                return transfer(officer, task, "officer2", "同时转办");
              });
      CompletableFuture<Api.Response> completion =
          CompletableFuture.supplyAsync(
              () -> {
                awaitLatch(start);
                return complete(officer, task, "approve", "同时办结", null);
              });
      start.countDown();
      List<Integer> statuses = List.of(transfer.get().status(), completion.get().status());
      assertThat(statuses)
          .as("round %d: %s / %s", round, transfer.get(), completion.get())
          .containsExactlyInAnyOrder(200, 409);
      String status = application(zhangsan, c[0]).path("status").asText();
      if (completion.get().status() == 200) {
        assertThat(status).isEqualTo("AWAITING_DECISION");
      } else {
        assertThat(status).isEqualTo("UNDER_REVIEW");
        assertThat(awaitTask(officer2, c[0], REVIEW).path("assignee").asText())
            .isEqualTo("officer2");
      }
    }
  }

  @Test
  void anAbsentOfficersNewTasksGoToTheSubstitute() {
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    String later = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
    assertJsonError(absence(officer2, "officer2", "clerk", today, later), 400);
    assertJsonError(absence(officer2, "officer2", "officer2", today, later), 400);
    assertJsonError(absence(officer2, "officer2", "chief", later, today), 400);
    assertJsonError(absence(officer3, "officer2", "chief", today, later), 403);
    JsonNode absent =
        assertStatus(absence(officer2, "officer2", "chief", today, later), 201).json();
    long id = absent.path("id").asLong();
    try {
      String[] c = reviewHeldByOfficer();
      JsonNode moved = assertStatus(transfer(officer, c[1], "officer2", "请办理"), 200).json();
      assertThat(moved.path("assignee").asText()).isEqualTo("chief");
      assertThat(entry(c[0], "substituted").path("opinion").asText()).contains("officer2 → chief");
      await("chief", "新的待办任务：" + c[0]);
      assertThat(
              StreamSupport.stream(chief.all("/api/staff/absences").spliterator(), false)
                  .anyMatch(a -> a.path("id").asLong() == id))
          .isTrue();
      assertJsonError(officer3.delete("/api/staff/absences/" + id), 404);
    } finally {
      assertStatus(officer2.delete("/api/staff/absences/" + id), 204);
    }
  }

  /**
   * The substitute receives the absent person's tasks, so must be able to do each: the same role,
   * and the same section (or the whole bureau). Otherwise the absence is refused, saying why.
   */
  @Test
  void aSubstituteWhoCouldNotDoTheAbsentPersonsTasksIsRefusedSayingWhy() {
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    String later = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
    Api.Response otherSection = absence(officer2, "officer2", "officer3", today, later, "en");
    JsonNode refused = assertJsonError(otherSection, 400);
    assertThat(refused.path("code").asText()).isEqualTo("error.absence.substituteOtherSection");
    assertThat(refused.path("problems").get(0).path("field").asText()).isEqualTo("substitute");
    assertThat(refused.path("message").asText()).contains("officer3", "section");
    // an officer of the whole bureau works every section: one of a section could not stand in
    assertThat(
            assertJsonError(absence(director, "officer", "officer2", today, later, "zh-CN"), 400)
                .path("message")
                .asText())
        .contains("officer2", "科室");
    JsonNode lacking =
        assertJsonError(absence(officer2, "officer2", "clerk", today, later, "en"), 400);
    assertThat(lacking.path("code").asText()).isEqualTo("error.absence.substituteLacksRole");
    assertThat(lacking.path("message").asText()).contains("clerk", "officer");
    assertThat(
            StreamSupport.stream(officer2.all("/api/staff/absences").spliterator(), false)
                .filter(a -> "officer2".equals(a.path("username").asText()))
                .map(a -> a.path("substitute").asText()))
        .doesNotContain("officer3", "clerk");

    // an officer of the whole bureau may stand in for an officer of a section
    long id =
        assertStatus(absence(officer2, "officer2", "officer", today, later, "en"), 201)
            .json()
            .path("id")
            .asLong();
    assertStatus(officer2.delete("/api/staff/absences/" + id), 204);
  }

  @Test
  void theChiefSeesTheSectionsWorkloadAndReassignsIt() {
    String[] first = reviewHeldByOfficer();
    String[] second = reviewHeldByOfficer();
    assertJsonError(officer.get("/api/tasks/workload"), 403);
    List<String> workload = taskNumbers(chief, "/api/tasks/workload");
    assertThat(workload).contains(first[0], second[0]);

    assertJsonError(reassign(officer, List.of(first[1]), "officer2", "改派"), 403);
    assertJsonError(reassign(chief, List.of(first[1]), "officer2", ""), 400);
    assertJsonError(reassign(chief, List.of(first[1], second[1]), "officer3", "改派"), 400);
    JsonNode done =
        assertStatus(reassign(chief, List.of(first[1], second[1]), "officer2", "均衡工作量"), 200)
            .json();
    assertThat(done.path("reassigned").asInt()).isEqualTo(2);
    for (String[] c : List.of(first, second)) {
      assertThat(awaitTask(officer2, c[0], REVIEW).path("assignee").asText()).isEqualTo("officer2");
      assertThat(entry(c[0], "reassigned").path("opinion").asText()).contains("均衡工作量");
    }
  }

  private static MimeMessage await(String username, String subject) {
    return OneSealServer.mailbox()
        .awaitMessageTo(username + "@oneseal.example", subject, MAIL_PATIENCE);
  }

  private JsonNode entry(String number, String action) {
    List<JsonNode> found = entries(number, action);
    return found.get(found.size() - 1);
  }

  private List<JsonNode> entries(String number, String action) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode e : history(zhangsan, number)) {
      if (action.equals(e.path("action").asText())) {
        found.add(e);
      }
    }
    assertThat(found).as("%s in the history of %s", action, number).isNotEmpty();
    return found;
  }

  private static Api.Response transfer(Api who, String task, String to, String comment) {
    return who.post(
        "/api/tasks/" + task + "/transfer", Api.json(Api.object("to", to, "comment", comment)));
  }

  private static Api.Response delegate(Api who, String task, String to, String comment) {
    return who.post(
        "/api/tasks/" + task + "/delegate", Api.json(Api.object("to", to, "comment", comment)));
  }

  private static Api.Response resolve(Api who, String task, String comment) {
    return who.post("/api/tasks/" + task + "/resolve", Api.json(Api.object("comment", comment)));
  }

  private static Api.Response returnTask(Api who, String task, String comment) {
    return who.post("/api/tasks/" + task + "/return", Api.json(Api.object("comment", comment)));
  }

  private static Api.Response urge(Api who, String task, String comment) {
    return who.post("/api/tasks/" + task + "/urge", Api.json(Api.object("comment", comment)));
  }

  private static Api.Response reassign(Api who, List<String> tasks, String to, String comment) {
    return who.post(
        "/api/tasks/reassign",
        Api.json(Api.object("taskIds", tasks, "to", to, "comment", comment)));
  }

  private static Api.Response absence(
      Api who, String username, String substitute, String from, String until) {
    return who.post(
        "/api/staff/absences",
        Api.json(
            Api.object(
                "username",
                username,
                "substitute",
                substitute,
                "from",
                from,
                "until",
                until,
                "reason",
                "外出培训")));
  }

  private static Api.Response absence(
      Api who, String username, String substitute, String from, String until, String language) {
    return who.post(
        "/api/staff/absences",
        Api.json(
            Api.object(
                "username", username,
                "substitute", substitute,
                "from", from,
                "until", until,
                "reason", "外出培训")),
        "Accept-Language",
        language);
  }

  private static List<String> taskNumbers(Api who, String path) {
    return StreamSupport.stream(who.all(path).spliterator(), false)
        .map(t -> t.path("applicationNumber").asText())
        .toList();
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
