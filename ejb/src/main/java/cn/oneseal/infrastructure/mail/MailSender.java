package cn.oneseal.infrastructure.mail;

import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends plain-text mail through the server's mail session, whose SMTP host and port are the
 * server's configuration ({@code ONESEAL_SMTP_HOST} / {@code ONESEAL_SMTP_PORT}); the sender is
 * {@code ONESEAL_MAIL_FROM}. Failures are thrown to the caller, who records them.
 */
@ApplicationScoped
public class MailSender {

  static final int TIMEOUT_MILLIS = 10_000;

  @Resource(lookup = "java:jboss/mail/Default")
  private Session session;

  @Inject private OneSealConfig config;

  private String from;

  /** {@link #bounded()} made once: a new session per mail looked its providers up every time. */
  private volatile Session bounded;

  protected MailSender() {}

  /** Outside the container (tests): a session of one's own and the sender address. */
  public MailSender(Session session, String from) {
    this.session = session;
    this.from = from;
  }

  @PostConstruct
  void readSender() {
    from = config.mailFrom();
  }

  /**
   * The session with connect, read and write timeouts (Jakarta Mail waits forever by default): a
   * mail server that hangs must not hold a sender thread and its transaction open. Made once per
   * sender (the server's mail settings are read at boot): building a session reads the mail
   * providers' descriptions from the class path, which was 16 % of the job executor's CPU when a
   * session was made for every mail (issue 18).
   */
  private Session bounded() {
    Session made = bounded;
    if (made == null) {
      made = withTimeouts(session);
      bounded = made;
    }
    return made;
  }

  private static Session withTimeouts(Session session) {
    Properties properties = new Properties();
    properties.putAll(session.getProperties());
    for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
      properties.putIfAbsent("mail.smtp." + timeout, String.valueOf(TIMEOUT_MILLIS));
    }
    return Session.getInstance(properties);
  }

  /**
   * Sends one mail. {@code messageId} ({@code <…@…>}) is the mail's Message-ID: the same message
   * sent twice — a retry after a send whose outcome was lost — carries the same id, so the
   * receiving side drops the repeat.
   *
   * <p>Jakarta Mail 2.1 looks its stream provider up again for every encoded word of a header and
   * for the body's transfer encoding ({@code StreamProvider.provider()}, jakartaee/mail-api#861),
   * with a {@code ServiceLoader} over the thread's context class loader: in the EAR that scanned
   * every library jar, 3 % of the server's CPU in the benchmark of the whole case (issue 18). The
   * mail API's own class loader is the context while a mail is built and sent, and the server names
   * the provider ({@code jakarta.mail.util.StreamProvider}, configure-server.cli), so the lookup is
   * a class already loaded.
   */
  public void send(String to, String subject, String body, String messageId)
      throws MessagingException {
    Thread thread = Thread.currentThread();
    ClassLoader caller = thread.getContextClassLoader();
    thread.setContextClassLoader(Session.class.getClassLoader());
    try {
      MimeMessage message =
          new MimeMessage(bounded()) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", messageId);
            }
          };
      message.setFrom(new InternetAddress(from, true));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
    } finally {
      thread.setContextClassLoader(caller);
    }
  }
}
