package cn.oneseal.workflow.supervision;

/**
 * Names shared by code and the {@code processes/decisionReport.bpmn} model: the report of a
 * licensing decision to the supervising department (审管联动), delivered from the transactional outbox
 * (docs/conventions.md, "External calls"). The instance and its job are created in the decision's
 * transaction; the business key is the application number, so an incident shows which case the
 * undelivered report is about.
 */
public final class DecisionReportProcess {

  /** Process definition key; also the model's file name. */
  public static final String KEY = "decisionReport";

  private DecisionReportProcess() {}

  /** Service task ids. */
  public static final class Task {
    /** Sends the report (asynchronous before: after the decision's commit, retried). */
    public static final String SEND_REPORT = "sendDecisionReport";

    private Task() {}
  }

  /** Process variable names. */
  public static final class Var {
    /** String: the report's id, the same on every attempt (the department deduplicates by it). */
    public static final String REPORT_ID = "reportId";

    /** ISO-8601 repeating interval of retries, the pushes' ({@code ONESEAL_PUSH_RETRY_CYCLE}). */
    public static final String RETRY_CYCLE = "pushRetryCycle";

    private Var() {}
  }

  /** Bean names the model resolves through {@code camunda:delegateExpression}. */
  public static final class Delegate {
    public static final String SEND_REPORT = "sendDecisionReportDelegate";

    private Delegate() {}
  }
}
