package cn.oneseal.application;

/**
 * The application a submission produced, whether it was new or an idempotent repeat, and the
 * process model that runs its item.
 */
public record Submission(String number, boolean created, String processKey) {}
