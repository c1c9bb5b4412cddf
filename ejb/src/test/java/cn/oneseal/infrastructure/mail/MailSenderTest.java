package cn.oneseal.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.application.NotificationMail;
import cn.oneseal.domain.model.notification.NotificationKind;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sends real SMTP to a GreenMail sink on a free port, as the server's mail session would. */
class MailSenderTest {

  private GreenMail smtp;
  private MailSender sender;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    sender = new MailSender(session(smtp.getSmtp().getPort()), "noreply@oneseal.example");
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  private static Session session(int port) {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", "127.0.0.1");
    properties.setProperty("mail.smtp.port", Integer.toString(port));
    properties.setProperty("mail.smtp.connectiontimeout", "5000");
    properties.setProperty("mail.smtp.timeout", "5000");
    return Session.getInstance(properties);
  }

  @Test
  void deliversTheChineseAndEnglishTextWithTheTaskLinkToTheRecipient() throws Exception {
    NotificationMail mail =
        NotificationMail.compose(
            NotificationKind.TASK_URGED,
            "XK20261127000001",
            "task-42",
            "reviewApplication",
            "周局长催办：请今天办结",
            "http://localhost:8080");

    sender.send(
        "officer@oneseal.example", mail.subject(), mail.body(), "<notification-7@oneseal.example>");

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getAllRecipients())
        .containsExactly(new InternetAddress("officer@oneseal.example"));
    assertThat(received.getFrom()).containsExactly(new InternetAddress("noreply@oneseal.example"));
    assertThat(received.getSubject())
        .isEqualTo("【一颗印章】任务催办：XK20261127000001 / [OneSeal] Task urged: XK20261127000001");
    assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
    // a repeat of the same notification carries the same id, for the receiver to drop
    assertThat(received.getMessageID()).isEqualTo("<notification-7@oneseal.example>");
    String text = (String) received.getContent();
    assertThat(text)
        .contains("您的一项待办任务被催办")
        .contains("办理环节：审查")
        .contains("说明：周局长催办：请今天办结")
        .contains("One of your tasks has been urged")
        .contains("Step: Review")
        .contains("http://localhost:8080/staff/task.xhtml?id=task-42");
    assertThat(text.indexOf("催办")).isLessThan(text.indexOf("urged"));
  }

  @Test
  void aRefusedConnectionIsThrownToTheCaller() {
    int closedPort = smtp.getSmtp().getPort();
    smtp.stop();
    MailSender unreachable = new MailSender(session(closedPort), "noreply@oneseal.example");

    assertThatThrownBy(
            () -> unreachable.send("officer@oneseal.example", "s", "b", "<n-1@oneseal.example>"))
        .isInstanceOf(MessagingException.class);
  }
}
