package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.Mailbox;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.Registrations;
import cn.oneseal.it.support.TestClock;
import cn.oneseal.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Citizens are told, not left to look (issue 17): each act on their case reaches them once in the
 * app's list (as themselves, GET /api/notifications), by e-mail (the SMTP sink) and by SMS (the
 * demo gateway's lines in the notification log, the number masked), each linking to the case. The
 * correction notice names the materials in words, the due day and the consequence the item's guide
 * sets; the due day's nearing is told with the test clock.
 */
@ExtendWith(OneSealServer.class)
class CitizenNotificationsIT {

  private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");

  @Test
  void correctionAcceptanceAndApprovalEachReachTheApplicantInTheAppByMailAndBySms() {
    Api wangwu = Api.as("wangwu");
    JsonNode item = itemWithCorrectionPeriod(2);
    JsonNode first = item.path("materials").get(0);
    JsonNode second = item.path("materials").get(1);
    String number = Casework.submit(wangwu, item.path("code").asText());

    claimAndComplete(
        clerk,
        number,
        ACCEPT,
        "correct",
        "请补正",
        List.of(first.path("code").asText(), second.path("code").asText()));

    JsonNode correction = notice(wangwu, number, "correctionRequested");
    String detail = correction.path("detail").asText();
    // the materials in words, never their codes; the due day and the consequence of the guide
    assertThat(detail)
        .contains(first.path("name").asText(), second.path("name").asText())
        .doesNotContain(first.path("code").asText())
        .contains("逾期未补正的，视为撤回申请")
        .contains(chinese(correctionDue(number)));
    MimeMessage mail =
        OneSealServer.mailbox()
            .awaitMessageTo("wangwu@oneseal.example", "需要补正材料：" + number, MAIL_PATIENCE);
    assertThat(Mailbox.text(mail))
        .contains(first.path("name").asText())
        .contains(chinese(correctionDue(number)))
        .contains("/application.xhtml?number=" + number);
    List<Object> sms = sms(number, "CORRECTION_REQUESTED");
    assertThat(sms.get(0)).isEqualTo("138****0003");
    assertThat(sms.get(1)).isEqualTo("SENT");
    assertThat((String) sms.get(2))
        .contains(number)
        .contains("/application.xhtml?number=" + number)
        .doesNotContain("13800000003");

    assertStatus(
        wangwu.post(
            "/api/applications/" + number + "/corrections", Api.json(Api.object("note", "已补交"))),
        200);
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
    assertThat(notice(wangwu, number, "applicationAccepted").path("detail").asText())
        .contains(item.path("name").asText());
    OneSealServer.mailbox()
        .awaitMessageTo("wangwu@oneseal.example", "申请已受理：" + number, MAIL_PATIENCE);
    assertThat(sms(number, "APPLICATION_ACCEPTED").get(1)).isEqualTo("SENT");

    claimAndComplete(officer, number, REVIEW, "approve", "符合条件，建议准予许可");
    claimAndComplete(director, number, DECIDE, "approve", "同意，准予许可");
    String decided = notice(wangwu, number, "applicationApproved").path("detail").asText();
    assertThat(decided).contains("准予许可").contains("/api/applications/" + number + "/documents/");
    // the link in the notice is the decision document the applicant downloads
    String link = decided.substring(decided.indexOf("/api/applications/"));
    assertThat(wangwu.download(link)).startsWith("%PDF".getBytes());
    OneSealServer.mailbox()
        .awaitMessageTo("wangwu@oneseal.example", "准予许可：" + number, MAIL_PATIENCE);
    assertThat(sms(number, "APPLICATION_APPROVED").get(1)).isEqualTo("SENT");

    // once per act: the correction's retry-free outbox logged each channel exactly once
    assertThat(
            TestDatabase.rows(
                "select n.kind, d.channel, count(*) from notification n join notification_delivery d"
                    + " on d.notification_id = n.id where n.application_number = ?"
                    + " and n.recipient = 'wangwu' group by n.kind, d.channel having count(*) > 1",
                number))
        .isEmpty();
    assertThat(
            Casework.await(
                "the three channels of every notice of " + number,
                () ->
                    TestDatabase.rows(
                        "select n.kind, count(distinct d.channel) from notification n"
                            + " join notification_delivery d on d.notification_id = n.id"
                            + " where n.application_number = ? and n.recipient = 'wangwu'"
                            + " group by n.kind",
                        number),
                rows ->
                    rows.size() == 3
                        && rows.stream().allMatch(r -> ((Number) r.get(1)).intValue() == 3)))
        .hasSize(3);
  }

  @Test
  void aRefusalAtTheWindowAndADenialAreToldWithTheirReasons() {
    Api zhangsan = Api.as("zhangsan");
    String refused = Casework.submit(zhangsan);
    claimAndComplete(clerk, refused, ACCEPT, "refuse", "不属于本机关职权范围");
    assertThat(notice(zhangsan, refused, "applicationRefused").path("detail").asText())
        .contains("不予受理")
        .contains("不属于本机关职权范围");

    String denied = Casework.submitUpToDecision(zhangsan, "deny");
    claimAndComplete(director, denied, DECIDE, "deny", "场所不符合卫生要求");
    assertThat(notice(zhangsan, denied, "applicationDenied").path("detail").asText())
        .contains("不予许可")
        .contains("场所不符合卫生要求")
        .contains("/api/applications/" + denied + "/documents/");
    OneSealServer.mailbox()
        .awaitMessageTo("zhangsan@oneseal.example", "不予许可：" + denied, MAIL_PATIENCE);
    assertThat(sms(denied, "APPLICATION_DENIED").get(0)).isEqualTo("138****0001");
  }

  @Test
  void theIssuedLicenceIsToldWithItsCreditCode() {
    Api lisi = Api.as("lisi");
    String number = Registrations.submitCompany(lisi);
    Registrations.approve(number);
    String code =
        Casework.await(
                "licence of " + number,
                () -> lisi.get("/api/applications/" + number + "/licence"),
                r -> r.status() == 200)
            .json()
            .path("creditCode")
            .asText();

    assertThat(notice(lisi, number, "licenceIssued").path("detail").asText())
        .contains("统一社会信用代码：" + code);
    MimeMessage mail =
        OneSealServer.mailbox()
            .awaitMessageTo("lisi@oneseal.example", "营业执照已核发：" + number, MAIL_PATIENCE);
    assertThat(Mailbox.text(mail)).contains(code);
    assertThat(sms(number, "LICENCE_ISSUED").get(0)).isEqualTo("138****0002");
  }

  @Test
  void theNearingCorrectionDeadlineIsToldOnceAndAnUnansweredPeriodEndsTheCaseAsTheGuideSays()
      throws InterruptedException {
    Api wangwu = Api.as("wangwu");
    JsonNode item = itemWithCorrectionPeriod(1);
    String number = Casework.submit(wangwu, item.path("code").asText());
    claimAndComplete(
        clerk,
        number,
        ACCEPT,
        "correct",
        "请补正",
        List.of(item.path("materials").get(0).path("code").asText()));
    LocalDate due = correctionDue(number);
    try {
      // six working days before the due day (weekdays; no holiday falls in a correction period of
      // this month): the watch, every 2 s in the tests, says nothing yet
      TestClock.at(weekdaysBefore(due, 6) + "T10:00:00+08:00");
      Thread.sleep(6_000);
      assertThat(notices(wangwu, number, "deadlineNear")).isEmpty();

      // three working days before (ONESEAL_DEADLINE_REMINDER_DAYS defaults to 3): reminded
      TestClock.at(weekdaysBefore(due, 3) + "T10:00:00+08:00");
      JsonNode reminder = notice(wangwu, number, "deadlineNear");
      assertThat(reminder.path("detail").asText())
          .contains(chinese(due))
          .contains("还剩3个工作日")
          .contains(item.path("materials").get(0).path("name").asText())
          .contains("逾期未补正的，视为撤回申请");
      OneSealServer.mailbox()
          .awaitMessageTo("wangwu@oneseal.example", "期限即将届满：" + number, MAIL_PATIENCE);
      assertThat(sms(number, "DEADLINE_NEAR").get(1)).isEqualTo("SENT");

      // the next watches, and the due day itself, do not tell it again; the case still waits
      TestClock.at(due + "T10:00:00+08:00");
      Thread.sleep(6_000);
      assertThat(notices(wangwu, number, "deadlineNear")).hasSize(1);
      assertThat(Casework.application(wangwu, number).path("status").asText())
          .isEqualTo("CORRECTION_REQUESTED");

      // the day after the due day, unanswered: deemed withdrawn, as the guide says, and told
      TestClock.at(due.plusDays(1) + "T10:00:00+08:00");
      JsonNode withdrawn = notice(wangwu, number, "deemedWithdrawn");
      assertThat(withdrawn.path("detail").asText()).contains(chinese(due)).contains("视为撤回");
      assertThat(Casework.application(wangwu, number).path("status").asText())
          .isEqualTo("WITHDRAWN");
      // the process ends as a withdrawal ends it (its last steps run as jobs after the watch):
      // nothing waits for the applicant any more
      assertThat(
              Casework.await(
                  "the end of the process of " + number,
                  () ->
                      TestDatabase.rows(
                          "select count(*) from act_ru_execution where business_key_ = ?", number),
                  rows -> List.of(List.of(0L)).equals(rows)))
          .containsExactly(List.of(0L));
      assertThat(sms(number, "APPLICATION_DEEMED_WITHDRAWN").get(1)).isEqualTo("SENT");
    } finally {
      TestClock.reset();
    }
  }

  @Test
  void theApplicantsChoiceOfNoMailAndNoSmsIsHonouredAndTheAppStillTellsThem() {
    Api zhangsan = Api.as("zhangsan");
    TestDatabase.update(
        "update user_account set notify_by_mail = false, notify_by_sms = false"
            + " where username = 'zhangsan'");
    String number;
    try {
      number = Casework.submit(zhangsan);
      claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
      notice(zhangsan, number, "applicationAccepted");
      List<List<Object>> log =
          Casework.await(
              "the log of the acceptance notice of " + number,
              () ->
                  TestDatabase.rows(
                      "select d.channel, d.status from notification n join notification_delivery d"
                          + " on d.notification_id = n.id where n.application_number = ?"
                          + " and n.kind = 'APPLICATION_ACCEPTED' order by d.channel",
                      number),
              rows -> rows.size() == 3);
      assertThat(log)
          .containsExactly(
              List.of("IN_APP", "SENT"), List.of("MAIL", "SKIPPED"), List.of("SMS", "SKIPPED"));
    } finally {
      TestDatabase.update(
          "update user_account set notify_by_mail = true, notify_by_sms = true"
              + " where username = 'zhangsan'");
    }
    assertThat(OneSealServer.mailbox().messagesTo("zhangsan@oneseal.example"))
        .noneMatch(m -> Mailbox.subject(m).contains("申请已受理：" + number));
  }

  /**
   * A plain item (accept → review → decide) with at least {@code materials} materials whose guide
   * in force sets a correction period (the published ones do since V32; one that another test
   * created may not).
   */
  private static JsonNode itemWithCorrectionPeriod(int materials) {
    for (JsonNode item : Casework.catalogue()) {
      if (item.path("specialSteps").isEmpty()
          && "PROMISED".equals(item.path("kind").asText())
          && "generalLicensing".equals(item.path("processKey").asText())
          && item.path("materials").size() >= materials
          && !TestDatabase.rows(
                  "select v.correction_period_days from approval_item_version v"
                      + " join approval_item i on i.id = v.item_id where i.code = ?"
                      + " and v.correction_period_days is not null"
                      + " and v.version_no = (select max(w.version_no) from approval_item_version w"
                      + " where w.item_id = i.id)",
                  item.path("code").asText())
              .isEmpty()) {
        return item;
      }
    }
    throw new AssertionError("no plain item with a correction period in " + Casework.catalogue());
  }

  /** The one notice of this kind about this application in the citizen's own list (awaited). */
  private static JsonNode notice(Api citizen, String number, String kind) {
    List<JsonNode> found =
        Casework.await(
            kind + " notice of " + number,
            () -> notices(citizen, number, kind),
            list -> !list.isEmpty());
    assertThat(found).as("%s notices of %s", kind, number).hasSize(1);
    return found.get(0);
  }

  private static List<JsonNode> notices(Api citizen, String number, String kind) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode n : citizen.all("/api/notifications")) {
      if (number.equals(n.path("applicationNumber").asText())
          && kind.equals(n.path("kind").asText())) {
        found.add(n);
      }
    }
    return found;
  }

  /** The SMS line of the notice of this kind: masked number, status, text (awaited). */
  private static List<Object> sms(String number, String kind) {
    return Casework.await(
            "the SMS of the " + kind + " notice of " + number,
            () ->
                TestDatabase.rows(
                    "select d.address, d.status, d.message from notification n"
                        + " join notification_delivery d on d.notification_id = n.id"
                        + " where n.application_number = ? and n.kind = ? and d.channel = 'SMS'",
                    number,
                    kind),
            rows -> rows.size() == 1)
        .get(0);
  }

  private static LocalDate correctionDue(String number) {
    Object due =
        TestDatabase.rows("select correction_due from application where number = ?", number)
            .get(0)
            .get(0);
    assertThat(due).as("the correction's due day of %s", number).isNotNull();
    return due instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(due.toString());
  }

  private static String chinese(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  private static LocalDate weekdaysBefore(LocalDate day, int weekdays) {
    LocalDate d = day;
    for (int left = weekdays; left > 0; ) {
      d = d.minusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
