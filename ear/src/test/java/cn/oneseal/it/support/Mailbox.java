package cn.oneseal.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SMTP sink of the test server: a GreenMail server on {@code localhost:3025+portOffset} that
 * the server's mail session delivers to (OneSealServer passes {@code ONESEAL_SMTP_HOST/PORT}).
 * Every mail the server sends during the test JVM stays here, so assertions look for one message by
 * recipient and subject rather than counting.
 *
 * <pre>{@code
 * MimeMessage mail = OneSealServer.mailbox()
 *     .awaitMessageTo("officer@oneseal.example", "任务催办", Duration.ofSeconds(20));
 * assertThat(Mailbox.text(mail)).contains("/staff/task.xhtml?id=" + taskId);
 * }</pre>
 */
public final class Mailbox {

  public static final String HOST = "127.0.0.1";

  private final GreenMail smtp;

  Mailbox(int port) {
    smtp = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
  }

  public void start() {
    smtp.start();
  }

  public void stop() {
    smtp.stop();
  }

  public int port() {
    return smtp.getSmtp().getPort();
  }

  /** The GreenMail server itself, for anything this helper does not say. */
  public GreenMail greenMail() {
    return smtp;
  }

  /** Every message received so far whose recipients include {@code address}. */
  public List<MimeMessage> messagesTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> recipients(message).contains(address.toLowerCase()))
        .toList();
  }

  /**
   * Waits until a message to {@code address} whose subject contains {@code subjectContains} arrives
   * (the server sends after its transaction commits, asynchronously); fails with what the sink did
   * receive otherwise.
   */
  public MimeMessage awaitMessageTo(String address, String subjectContains, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (MimeMessage message : messagesTo(address)) {
        if (subject(message).contains(subjectContains)) {
          return message;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "No mail to "
                + address
                + " with a subject containing \""
                + subjectContains
                + "\" within "
                + timeout
                + "; received: "
                + received());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for mail", e);
      }
    }
  }

  /** The plain-text body (the server sends text/plain in UTF-8). */
  public static String text(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("Cannot read the mail's body", e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      String subject = message.getSubject();
      return subject == null ? "" : subject;
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read the mail's subject", e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      Address[] all = message.getAllRecipients();
      return all == null
          ? List.of()
          : Arrays.stream(all)
              .map(a -> a instanceof InternetAddress ia ? ia.getAddress() : a.toString())
              .map(String::toLowerCase)
              .toList();
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read the mail's recipients", e);
    }
  }

  private String received() {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(m -> recipients(m) + " \"" + subject(m) + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
