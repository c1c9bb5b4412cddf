package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.Mailbox;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail outbox against the real server and a real SMTP sink: while the mail server is down the
 * act still succeeds, the mail is retried and then is an incident for administrators; once the
 * server is back, the administrator's retry sends it — once, with a Message-ID that is the same for
 * every attempt. An applicant's SMS goes out in the same job, before the mail, and the mail's
 * retries never send it again.
 */
@ExtendWith(OneSealServer.class)
class MailOutboxIT {

  private static final String OFFICER_MAIL = "officer@oneseal.example";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api supervisor = Api.as("supervisor");
  private final Api admin = Api.as("admin");

  @Test
  void aMailTheServerRefusesBecomesAnIncidentAndTheAdministratorsRetrySendsItOnce()
      throws MessagingException {
    String number = Casework.submit(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
    String task = claim(officer, number, REVIEW);
    Mailbox mailbox = OneSealServer.mailbox();
    // the applicant's acceptance notice is mailed before the server goes down: only the urge fails
    mailbox.awaitMessageTo("zhangsan@oneseal.example", "申请已受理：" + number, Duration.ofSeconds(30));

    List<JsonNode> incidents;
    mailbox.stop();
    try {
      assertStatus(
          supervisor.post(
              "/api/tasks/" + task + "/urge", Api.json(Api.object("comment", "邮件服务器停机期间的催办"))),
          204);
      incidents =
          Casework.await(
              "the refused mail of " + number + " as an incident",
              () -> mailIncidents(number),
              found -> !found.isEmpty());
    } finally {
      mailbox.start();
    }
    assertThat(incidents).hasSize(1);
    JsonNode incident = incidents.get(0);
    assertThat(incident.path("processKey").asText()).isEqualTo("notificationMail");
    assertThat(incident.path("message").asText()).containsIgnoringCase("connect");
    assertThat(mailbox.messagesTo(OFFICER_MAIL).stream().map(Mailbox::subject))
        .noneMatch(subject -> subject.contains(number));

    assertStatus(
        admin.post("/api/admin/incidents/" + incident.path("id").asText() + "/retry"), 200);
    MimeMessage mail =
        mailbox.awaitMessageTo(OFFICER_MAIL, "任务催办：" + number, Duration.ofSeconds(30));
    assertThat(mail.getMessageID()).matches("<notification-\\d+@[^>]+>");
    assertThat(Mailbox.text(mail)).contains("邮件服务器停机期间的催办");
    Casework.await("no incident left for " + number, () -> mailIncidents(number), List::isEmpty);
    assertThat(mailbox.messagesTo(OFFICER_MAIL).stream().map(Mailbox::subject))
        .filteredOn(subject -> subject.contains(number))
        .hasSize(1);
  }

  @Test
  void anApplicantsSmsGoesOutOnceWhileTheMailIsRefusedAndRetried() throws MessagingException {
    String number = Casework.submit(zhangsan);
    Casework.await(
        "the notices of filing " + number + " delivered",
        () -> outboxEntries(number),
        count -> count == 0);
    Mailbox mailbox = OneSealServer.mailbox();
    List<JsonNode> incidents;
    mailbox.stop();
    try {
      claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
      // every notice of the acceptance whose mail was refused is an incident, its own among them
      incidents =
          Casework.await(
              "the refused mails of accepting " + number + " as incidents",
              () -> mailIncidents(number),
              found -> !found.isEmpty() && found.size() == outboxEntries(number));
      // the job rolled back to be retried, but the SMS it sent before the mail stays logged
      assertThat(smsStatuses(number)).containsExactly("SENT");
    } finally {
      mailbox.start();
    }

    for (JsonNode incident : incidents) {
      assertStatus(
          admin.post("/api/admin/incidents/" + incident.path("id").asText() + "/retry"), 200);
    }
    mailbox.awaitMessageTo("zhangsan@oneseal.example", "申请已受理：" + number, Duration.ofSeconds(30));
    Casework.await("no incident left for " + number, () -> mailIncidents(number), List::isEmpty);
    Casework.await("the outbox of " + number + " empty", () -> outboxEntries(number), c -> c == 0);
    assertThat(smsStatuses(number)).containsExactly("SENT");
  }

  /** The outbox entries of this case not yet delivered: running notificationMail instances. */
  private static long outboxEntries(String number) {
    return ((Number)
            TestDatabase.rows(
                    "select count(distinct e.proc_inst_id_) from act_ru_execution e"
                        + " join act_re_procdef d on d.id_ = e.proc_def_id_"
                        + " where d.key_ = 'notificationMail' and e.business_key_ = ?",
                    number)
                .get(0)
                .get(0))
        .longValue();
  }

  /** The statuses of the SMS lines of the acceptance notice of this case, in the notice log. */
  private static List<Object> smsStatuses(String number) {
    return TestDatabase.rows(
            "select d.status from notification n"
                + " join notification_delivery d on d.notification_id = n.id"
                + " where n.application_number = ? and n.kind = 'APPLICATION_ACCEPTED'"
                + " and d.channel = 'SMS'",
            number)
        .stream()
        .map(row -> row.get(0))
        .toList();
  }

  private List<JsonNode> mailIncidents(String number) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode incident : admin.all("/api/admin/incidents")) {
      if ("sendCopies".equals(incident.path("activityId").asText())
          && number.equals(incident.path("applicationNumber").asText())) {
        found.add(incident);
      }
    }
    return found;
  }
}
