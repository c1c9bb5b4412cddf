package cn.oneseal.application.credit;

/**
 * A decision report was written to the outbox in the decision's transaction; the workflow module
 * observes it and starts the job that delivers it after the commit.
 */
public record DecisionReported(String reportId, String applicationNumber) {}
