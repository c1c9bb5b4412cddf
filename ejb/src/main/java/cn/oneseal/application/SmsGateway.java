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
   */
  String send(String mobile, String text);
}
