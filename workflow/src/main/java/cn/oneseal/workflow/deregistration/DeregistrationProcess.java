package cn.oneseal.workflow.deregistration;

import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.step.StandardSteps;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.SectionRule;
import cn.oneseal.workflow.step.StepDefinition.StepClock;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.step.StepDefinition.StepOutcome;
import java.util.List;

/**
 * Names shared by code and the {@code processes/simplifiedDeregistration.bpmn} model:
 * deregistration of a market entity (注销登记, domain §7). One model carries both paths, chosen by the
 * item:
 *
 * <ul>
 *   <li><b>Simplified (简易注销, SC-0040)</b> — filed with the investors' commitment; unless the
 *       business is an individual business, a 20-day public notice (calendar days, timer {@link
 *       Var#NOTICE_ENDS_AT}) during which anyone may object ({@link #MESSAGE_OBJECTION}); an
 *       objection goes to the registration section ({@link Task#REVIEW_OBJECTION}): sustained ends
 *       the simple path, dismissed returns to the notice. After the notice the business files
 *       within 20 days ({@link Task#FILE}); the boundary timer {@link Var#FILING_ENDS_AT} lapses
 *       the simple path if it does not.
 *   <li><b>Ordinary (普通注销, SC-0041)</b> — with the liquidation report as a required material; no
 *       notice, straight to the window.
 * </ul>
 *
 * Then the generic window (with the correction loop), the registration section's review and the
 * director's decision, whose sealed documents speak registration (准予／不予注销登记通知书); on approval {@link
 * Task#DEREGISTER} deregisters the licence and cancels the name.
 */
public final class DeregistrationProcess {

  /** Process definition key; also the model's file name and the items' process key. */
  public static final String KEY = "simplifiedDeregistration";

  /** Correlated by business key (the application number) when someone objects. */
  public static final String MESSAGE_OBJECTION = "noticeObjected";

  /** The model's user tasks. */
  public static final List<StepDefinition> STEPS =
      List.of(
          new StepDefinition(
              KEY,
              Task.REVIEW_OBJECTION,
              GeneralLicensingProcess.Group.OFFICER,
              SectionRule.ITEM_SECTION,
              List.of(
                  new StepOutcome(
                      Outcome.SUSTAIN, "outcome.sustain", "task.opinion.objection", null),
                  new StepOutcome(
                      Outcome.DISMISS, "outcome.dismiss", "task.opinion.objection", null)),
              null,
              StepClock.STEP_LIMIT,
              null,
              StepForm.OBJECTION),
          new StepDefinition(
              KEY,
              Task.FILE,
              StepDefinition.APPLICANT,
              SectionRule.ASSIGNEE_ONLY,
              List.of(),
              null,
              StepClock.NONE,
              null,
              StepForm.FILING),
          StandardSteps.acceptance(KEY),
          StandardSteps.corrections(KEY),
          StandardSteps.review(KEY),
          StandardSteps.decision(KEY, null));

  private DeregistrationProcess() {}

  /** Task ids of the model's own steps. */
  public static final class Task {
    public static final String REVIEW_OBJECTION = "reviewObjection";
    public static final String FILE = "fileDeregistration";
    public static final String DEREGISTER = "deregisterBusiness";
    public static final String END_NOTICE = "endNotice";
    public static final String LAPSE = "lapseSimplePath";

    private Task() {}
  }

  /** Outcomes of the objection review. */
  public static final class Outcome {
    public static final String SUSTAIN = "sustain";
    public static final String DISMISS = "dismiss";

    private Outcome() {}
  }

  /** Process variable names. */
  public static final class Var {
    /** Whether the public notice runs first (simplified path, not an individual business). */
    public static final String NOTICE_REQUIRED = "noticeRequired";

    /** When the notice ends (a date): midnight after its 20th calendar day. */
    public static final String NOTICE_ENDS_AT = "noticeEndsAt";

    /** When the filing window closes (a date): midnight after the 20th day after the notice. */
    public static final String FILING_ENDS_AT = "filingEndsAt";

    /** The objection review's outcome: {@code sustain} or {@code dismiss}. */
    public static final String OBJECTION_OUTCOME = "objectionOutcome";

    private Var() {}
  }

  /** Bean names the model resolves through {@code camunda:delegateExpression}. */
  public static final class Delegate {
    public static final String NOTICE_ENDED = "deregistrationNoticeEndedDelegate";
    public static final String LAPSED = "deregistrationLapsedDelegate";
    public static final String CLOSED = "deregistrationClosedDelegate";
    public static final String DEREGISTER = "deregisterBusinessDelegate";

    private Delegate() {}
  }
}
