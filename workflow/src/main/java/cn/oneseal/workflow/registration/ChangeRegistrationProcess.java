package cn.oneseal.workflow.registration;

import cn.oneseal.workflow.step.StandardSteps;
import cn.oneseal.workflow.step.StepDefinition;
import java.util.List;

/**
 * Names shared by code and the {@code processes/changeRegistration.bpmn} model: change registration
 * (变更登记) of a registered business — the same one form, prefilled, changing domicile, scope,
 * capital, legal representative or investors (docs/licences.md).
 *
 * <ol>
 *   <li>The window (窗口受理), the correction loop, the 5-day rule and the withdrawal are those of the
 *       generic model, with its task ids and variables.
 *   <li><b>Registration review (登记审查)</b> by the registration section — formal review within 3
 *       working days; its recommendation goes to the decision.
 *   <li><b>Decision (登记决定)</b> by the director; an approval issues the 准予变更登记通知书.
 *   <li><b>New licence version (换发营业执照)</b> — {@link Task#ISSUE_LICENCE_VERSION}: the same credit
 *       code, the next version, the one it replaces superseded, a new sealed licence PDF.
 *       Asynchronous before and after, for the reasons {@link RegistrationProcess} gives for the
 *       licence.
 *   <li><b>Pushes (信息共享)</b> — after the new version, the integrated departments receive the
 *       changed data with the credit code, with the establishment's delegates ({@link
 *       RegistrationProcess.Task#PLAN_PUSHES}, {@link RegistrationProcess.Task#PUSH}): one
 *       asynchronous job per department, retried, an incident when retries run out.
 *   <li>Delivery (送达).
 * </ol>
 */
public final class ChangeRegistrationProcess {

  /** Process definition key; also the model's file name and the catalogue item's process key. */
  public static final String KEY = "changeRegistration";

  /**
   * The model's user tasks, described once: nothing may be returned — the pushes that follow an
   * approval must not be sent twice.
   */
  public static final List<StepDefinition> STEPS =
      List.of(
          StandardSteps.acceptance(KEY),
          StandardSteps.corrections(KEY),
          StandardSteps.review(KEY),
          StandardSteps.decision(KEY, null));

  private ChangeRegistrationProcess() {}

  /** Service task ids of its own. */
  public static final class Task {
    public static final String ISSUE_LICENCE_VERSION = "issueLicenceVersion";

    private Task() {}
  }

  /** Bean names the model resolves through {@code camunda:delegateExpression}. */
  public static final class Delegate {
    public static final String ISSUE_LICENCE_VERSION = "issueLicenceVersionDelegate";

    private Delegate() {}
  }
}
