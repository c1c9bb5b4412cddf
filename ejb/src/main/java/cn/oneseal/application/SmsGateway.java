package cn.oneseal.application;

/**
 * The port to an SMS provider (短信网关). The application hands it one text for one mainland mobile
 * number from the outbox's job, after the act's commit; a refusal is thrown, so that the job is
 * retried and finally becomes an incident. The demo's implementation sends nothing and leaves the
 * message in the notification log only ({@code LogOnlySmsGateway}); a real provider's adapter is a
 * CDI bean of this type annotated {@code @Alternative @Priority(…)} in a module of the installation
 * (docs/notifications.md).
 */
public interface SmsGateway {

  /**
   * Sends {@code text} to {@code mobile}; answers the provider's receipt (its message id), for the
   * log. Throws when the provider did not take the message.
   *
   * <p>{@code messageKey} is the same for every attempt at one notice ({@link #messageKey}): a job
   * may send it twice (its transaction rolled back after the send, or, in a cluster, another node
   * ran the job too: docs/cluster.md), so an adapter passes the key as the provider's own
   * client-side message id or idempotency key, where the provider drops a repeat.
   */
  String send(String mobile, String text, String messageKey);

  /** The key of every attempt at the SMS of notice {@code notificationId}. */
  static String messageKey(long notificationId) {
    return "oneseal-notice-" + notificationId;
  }
}
