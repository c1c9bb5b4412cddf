package cn.oneseal.application;

/**
 * A notification was written, in the transaction of the act that caused it. Observed in that same
 * transaction by whoever delivers its e-mail copy (the outbox of docs/conventions.md), so that a
 * rolled-back act delivers nothing.
 *
 * @param notificationId the notification's id
 * @param applicationNumber the application it is about, or {@code null}
 */
public record NotificationCreated(long notificationId, String applicationNumber) {}
