package cn.oneseal.workflow.registration;

import cn.oneseal.workflow.step.StandardSteps;
import cn.oneseal.workflow.step.StepDefinition;
import java.util.List;

/**
 * Names shared by code and the {@code processes/businessRegistration.bpmn} model: multi-certificate
 * business registration (多证合一) — one form, one window, parallel handling, one licence.
 *
 * <p>The window, the correction loop, the 5-day rule, the withdrawal and the director's decision
 * are those of the generic licensing model and use its task ids and variables ({@link
 * cn.oneseal.workflow.licensing.GeneralLicensingProcess}), so the same inbox and task operations
 * work the registration. What is its own:
 *
 * <ol>
 *   <li><b>Registration review (登记审查)</b> — formal review within 3 working days; when it finds the
 *       form in order ({@code reviewOutcome == 'approve'}) the parallel part starts, otherwise the
 *       case goes straight to the director with the recommendation to deny.
 *   <li><b>Pushes (信息共享)</b> — {@link Task#PLAN_PUSHES} decides the departments from the versioned
 *       list ({@link Var#PUSH_CERTIFICATES}); {@link Task#PUSH} runs once per department as an
 *       asynchronous job, retried by {@link Var#PUSH_RETRY_CYCLE}; when the retries run out the
 *       engine raises an incident that staff see and retry. Nothing moves on until every department
 *       has given its receipt.
 *   <li><b>Follow-up permits (后置许可)</b> — {@link Task#OPEN_FOLLOW_UPS}, in parallel with the
 *       pushes, opens one linked application per permit the business scope triggers.
 *   <li><b>Licence (赋码发照)</b> — after approval, {@link Task#ISSUE_LICENCE} issues the unified
 *       social credit code and the licence; then the decision is delivered.
 * </ol>
 *
 * <p><b>Transaction boundaries.</b> The push and the licence are asynchronous before <em>and</em>
 * after (the model's {@code asyncAfter}), for different reasons. A push is a call to another
 * department that our rollback cannot take back: committed alone, its receipt is not undone when
 * what follows fails (the join, the director's task with its legal clock and notices), so a retry
 * of what follows never pushes twice. The licence has no outside call — every write (credit-code
 * counter, licence, sealed PDF, seal register, history) is in its job's transaction and {@code
 * LicenceService.issue} is idempotent — but the delivery that follows would otherwise share that
 * transaction: a failed delivery would undo an issued licence and issue it anew on every retry.
 * Committed first, the licence stays; the delivery fails, is retried and becomes an incident on its
 * own (named after the licence step, with the delivery's message). Any job whose retries run out is
 * an incident that administrators list and retry (issue #11, {@link
 * cn.oneseal.workflow.incident.IncidentService}).
 */
public final class RegistrationProcess {

  /** Process definition key; also the model's file name and the catalogue items' process key. */
  public static final String KEY = "businessRegistration";

  /**
   * The model's user tasks: the generic window, corrections, review (here the formal registration
   * review) and decision. Nothing may be returned: a review is followed by the departments' data
   * pushes, which must not be sent twice. An approval also issues the licence ({@link
   * Task#ISSUE_LICENCE}), sealed as the director's act.
   */
  public static final List<StepDefinition> STEPS =
      List.of(
          StandardSteps.acceptance(KEY),
          StandardSteps.corrections(KEY),
          StandardSteps.review(KEY),
          StandardSteps.decision(KEY, null));

  private RegistrationProcess() {}

  /** Service task ids. */
  public static final class Task {
    public static final String PLAN_PUSHES = "planDepartmentPushes";
    public static final String PUSH = "pushToDepartment";
    public static final String OPEN_FOLLOW_UPS = "openFollowUpPermits";
    public static final String ISSUE_LICENCE = "issueLicence";

    private Task() {}
  }

  /** Process variable names. */
  public static final class Var {
    /** List of certificate codes whose departments receive the data. */
    public static final String PUSH_CERTIFICATES = "pushCertificates";

    /** The element variable of the push: one certificate code. */
    public static final String CERTIFICATE = "certificate";

    /** ISO-8601 repeating interval of retries of a failed push, e.g. {@code R5/PT5M}. */
    public static final String PUSH_RETRY_CYCLE = "pushRetryCycle";

    /** User name of the director who decided; the licence is issued as their act. */
    public static final String DECIDED_BY = "decidedBy";

    private Var() {}
  }

  /** Bean names the model resolves through {@code camunda:delegateExpression}. */
  public static final class Delegate {
    public static final String PLAN_PUSHES = "planDepartmentPushesDelegate";
    public static final String PUSH = "pushToDepartmentDelegate";
    public static final String OPEN_FOLLOW_UPS = "openFollowUpPermitsDelegate";
    public static final String ISSUE_LICENCE = "issueLicenceDelegate";

    private Delegate() {}
  }
}
