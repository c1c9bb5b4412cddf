package cn.oneseal.workflow.mail;

/**
 * Names shared by code and the {@code processes/notificationMail.bpmn} model: the e-mail copy of a
 * notification, delivered from the transactional outbox (docs/conventions.md, "External calls").
 * The instance and its job are created in the transaction of the act that notified; the business
 * key is the application number, so an incident shows which case the undelivered mail is about.
 */
public final class NotificationMailProcess {

  /** Process definition key; also the model's file name. */
  public static final String KEY = "notificationMail";

  private NotificationMailProcess() {}

  /** Service task ids. */
  public static final class Task {
    /**
     * Sends the SMS of a notice to an applicant, then the mail (asynchronous before: after the
     * act's commit, retried; a retry never repeats the SMS).
     */
    public static final String SEND_COPIES = "sendCopies";

    /** The first version's mail, its own job after the SMS's (instances started before). */
    public static final String SEND_MAIL = "sendMail";

    /** The first version's SMS, its own job (instances started before). */
    public static final String SEND_SMS = "sendSms";

    private Task() {}
  }

  /** Process variable names. */
  public static final class Var {
    /** Long: the notification whose e-mail copy this is; also the mail's Message-ID. */
    public static final String NOTIFICATION_ID = "notificationId";

    /** ISO-8601 repeating interval of retries of a failed mail, e.g. {@code R5/PT1M}. */
    public static final String RETRY_CYCLE = "mailRetryCycle";

    private Var() {}
  }

  /** Bean names the model resolves through {@code camunda:delegateExpression}. */
  public static final class Delegate {
    public static final String SEND_COPIES = "sendCopiesDelegate";
    public static final String SEND_MAIL = "sendMailDelegate";
    public static final String SEND_SMS = "sendSmsDelegate";

    private Delegate() {}
  }
}
