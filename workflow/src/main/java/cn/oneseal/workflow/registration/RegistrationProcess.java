package cn.oneseal.workflow.registration;

import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.step.StandardSteps;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.StepOutcome;
import java.util.List;

/**
 * Names shared by code and the {@code processes/businessRegistration.bpmn} model: multi-certificate
 * business registration (多证合一) — one form, one window, parallel handling, one licence.
 *
 * <p>The window, the correction loop, the 5-day rule, the withdrawal and the director's decision
 * are those of the generic licensing model and use its task ids and variables ({@link
 * cn.oneseal.workflow.licensing.GeneralLicensingProcess}), so the same inbox and task operations
 * work the registration. Its words are registration's (准予设立登记 / 不予登记（登记驳回）, under the
 * 《中华人民共和国市场主体登记管理条例》, not the Administrative Licensing Law): see {@link #STEPS}. What is its own:
 *
 * <ol>
 *   <li><b>Registration review (登记审查)</b> — formal review within 3 working days; its opinion
 *       ({@code reviewOutcome}) goes with the case to the director, favourable or not.
 *   <li><b>Licence (赋码发照)</b> — after approval, {@link Task#ISSUE_LICENCE} issues the unified
 *       social credit code and the licence; then the decision is delivered.
 *   <li><b>Pushes (信息共享)</b> — only <em>after the licence</em>, and only for an approved
 *       registration: {@link Task#PLAN_PUSHES} decides the departments from the versioned list
 *       ({@link Var#PUSH_CERTIFICATES}; it refuses a registration without a licence); {@link
 *       Task#PUSH} runs once per department as an asynchronous job, retried by {@link
 *       Var#PUSH_RETRY_CYCLE}; when the retries run out the engine raises an incident that staff
 *       see and retry. The data carry the unified social credit code, which the departments key
 *       their records by; before the decision there is nothing a department could record (issue
 *       #16: the data used to go out in parallel with the review, before the decision and without
 *       the code). The case ends ({@code registrationShared}) when every department has given its
 *       receipt.
 *   <li><b>Follow-up permits (后置许可)</b> — {@link Task#OPEN_FOLLOW_UPS}, in parallel with the pushes
 *       and also after the licence (先照后证: the permits are applied for by the business the licence
 *       establishes), opens one linked application per permit the business scope triggers. A denied
 *       registration opens none.
 * </ol>
 *
 * <p><b>Transaction boundaries.</b> The licence and the push are asynchronous before <em>and</em>
 * after (the model's {@code asyncAfter}), for different reasons. The licence has no outside call —
 * every write (credit-code counter, licence, sealed PDF, seal register, history) is in its job's
 * transaction and {@code LicenceService.issue} is idempotent — but the delivery that follows would
 * otherwise share that transaction: a failed delivery would undo an issued licence and issue it
 * anew on every retry. Committed first, the licence stays; the delivery fails, is retried and
 * becomes an incident on its own (named after the licence step, with the delivery's message). The
 * planning is asynchronous before, so the delivery commits before it and a failed plan is retried
 * alone. A push is a call to another department that our rollback cannot take back: committed
 * alone, its receipt is not undone when what follows fails (the join), so a retry of what follows
 * never pushes twice; {@code DepartmentPushService.deliver} sends one push id for every attempt and
 * never sends a push already delivered or awaiting its receipt. Any job whose retries run out is an
 * incident that administrators list and retry (issue #11, {@link
 * cn.oneseal.workflow.incident.IncidentService}).
 */
public final class RegistrationProcess {

  /** Process definition key; also the model's file name and the catalogue items' process key. */
  public static final String KEY = "businessRegistration";

  /**
   * The model's user tasks: the generic window, corrections, review (here the formal registration
   * review) and decision (准予设立登记 or 不予登记). Nothing may be returned: registration review is formal
   * and decided within days, so a second round of review is not offered. An approval also issues
   * the licence ({@link Task#ISSUE_LICENCE}), sealed as the director's act.
   */
  public static final List<StepDefinition> STEPS =
      List.of(
          StandardSteps.acceptance(KEY),
          StandardSteps.corrections(KEY),
          registrationReview(),
          registrationDecision());

  /** 登记审查: the officer's formal review recommends registering or refusing to register. */
  private static StepDefinition registrationReview() {
    StepDefinition review = StandardSteps.review(KEY);
    return new StepDefinition(
        KEY,
        review.taskKey(),
        review.role(),
        review.sections(),
        List.of(
            new StepOutcome(
                Outcome.APPROVE,
                "recommendation.registration.approve",
                "task.opinion.review",
                null),
            new StepOutcome(
                Outcome.DENY, "recommendation.registration.deny", "task.opinion.review", null)),
        null,
        review.clock(),
        null,
        review.form());
  }

  /**
   * 登记决定: the director grants the establishment registration (准予设立登记通知书, then the licence) or
   * refuses to register (登记驳回通知书), under the registration rules (《中华人民共和国市场主体登记管理条例》 Art. 19–21),
   * not the Administrative Licensing Law.
   */
  private static StepDefinition registrationDecision() {
    StepDefinition decision = StandardSteps.decision(KEY, null);
    return new StepDefinition(
        KEY,
        decision.taskKey(),
        decision.role(),
        decision.sections(),
        List.of(
            new StepOutcome(
                Outcome.APPROVE,
                "outcome.registration.approve",
                "task.opinion.approve",
                IssuedDocument.Kind.REGISTRATION_APPROVAL),
            new StepOutcome(
                Outcome.DENY,
                "outcome.registration.deny",
                "task.opinion.registration.deny",
                IssuedDocument.Kind.REGISTRATION_DENIAL)),
        null,
        decision.clock(),
        null,
        decision.form());
  }

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
