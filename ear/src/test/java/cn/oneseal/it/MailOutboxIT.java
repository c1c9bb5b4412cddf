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
 * every attempt.
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

  private List<JsonNode> mailIncidents(String number) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode incident : admin.all("/api/admin/incidents")) {
      if ("sendMail".equals(incident.path("activityId").asText())
          && number.equals(incident.path("applicationNumber").asText())) {
        found.add(incident);
      }
    }
    return found;
  }
}
