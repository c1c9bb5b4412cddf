package cn.oneseal.application;

/**
 * Fired when a notification is written; observed after the transaction commits, so that no mail
 * goes out for an act that was rolled back.
 */
public record NotificationCreated(long notificationId) {}
