package cn.oneseal.workflow.task;

/** The result of completing a task: the application and the status it now has. */
public record Completion(String applicationNumber, String status) {}
