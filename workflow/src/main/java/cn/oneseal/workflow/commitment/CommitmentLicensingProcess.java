package cn.oneseal.workflow.commitment;

import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.step.StandardSteps;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.SectionRule;
import cn.oneseal.workflow.step.StepDefinition.StepClock;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.step.StepDefinition.StepOutcome;
import java.util.List;

/**
 * Names shared by code and the {@code processes/commitmentLicensing.bpmn} model: licensing on the
 * applicant's written commitment (告知承诺制). The item must be commitment-eligible; the applicant
 * signed the commitment when filing (the letter is recorded with the system key as received).
 *
 * <ol>
 *   <li><b>Accept (受理)</b> — the window checks the materials' form, as in every licensing case
 *       (accept, one-time corrections, refuse); the acceptance notice carries the bureau seal.
 *   <li><b>Decide on the spot (当场决定)</b> — the director approves without substantive review (the
 *       commitment stands in for it) or denies; the decision carries the bureau seal, the director
 *       being who acts. The decision is delivered as in the generic process.
 *   <li><b>Post-check (核查)</b> — after an approval a timer waits until {@link Var#POST_CHECK_DUE}:
 *       the decision's moment plus the item's post-check period (default two months). Then an
 *       officer of the item's section checks the commitment: {@link Outcome#MET} ends the case;
 *       {@link Outcome#UNMET} issues a sealed rectification order with a period, after which a
 *       timer opens the re-check ({@link Task#RECHECK}: met, or still unmet); {@link Outcome#FALSE}
 *       (or still unmet) issues the sealed notice before revocation.
 *   <li><b>Statement (陈述申辩)</b> — the holder may state their case online until {@link
 *       Var#STATEMENT_DUE}; a boundary timer moves on without it when the period is over.
 *   <li><b>Revocation (撤销)</b> — the director revokes (sealed revocation decision stating the
 *       rights of appeal; the approval's status becomes revoked) or keeps the approval.
 * </ol>
 */
public final class CommitmentLicensingProcess {

  /** Process definition key; also the model's file name. */
  public static final String KEY = "commitmentLicensing";

  /** The model's user tasks, each described once; the window and decision are the standard ones. */
  public static final List<StepDefinition> STEPS =
      List.of(
          StandardSteps.acceptance(KEY),
          StandardSteps.corrections(KEY),
          StandardSteps.decision(KEY, null),
          postCheck(Task.POST_CHECK, true),
          postCheck(Task.RECHECK, false),
          new StepDefinition(
              KEY,
              Task.SUBMIT_STATEMENT,
              StepDefinition.APPLICANT,
              SectionRule.ASSIGNEE_ONLY,
              List.of(),
              null,
              StepClock.NONE,
              null,
              StepForm.STATEMENT),
          new StepDefinition(
              KEY,
              Task.DECIDE_REVOCATION,
              GeneralLicensingProcess.Group.DIRECTOR,
              SectionRule.ITEM_SECTION,
              List.of(
                  new StepOutcome(
                      Outcome.REVOKE,
                      "outcome.revoke",
                      "task.opinion.revoke",
                      IssuedDocument.Kind.REVOCATION_DECISION),
                  new StepOutcome(Outcome.KEEP, "outcome.keep", "task.opinion.keep", null)),
              null,
              StepClock.STEP_LIMIT,
              null,
              StepForm.REVOCATION));

  private CommitmentLicensingProcess() {}

  /**
   * The post-check and the re-check: met, unmet (the post-check orders rectification with a sealed
   * order; at the re-check it counts as false), false (the sealed notice before revocation).
   */
  private static StepDefinition postCheck(String taskKey, boolean first) {
    return new StepDefinition(
        KEY,
        taskKey,
        GeneralLicensingProcess.Group.OFFICER,
        SectionRule.ITEM_SECTION,
        first
            ? List.of(
                new StepOutcome(Outcome.MET, "outcome.met", "task.opinion.postCheck", null),
                new StepOutcome(
                    Outcome.UNMET,
                    "outcome.unmet",
                    "task.opinion.postCheckFinding",
                    IssuedDocument.Kind.RECTIFICATION_ORDER),
                new StepOutcome(
                    Outcome.FALSE,
                    "outcome.false",
                    "task.opinion.postCheckFinding",
                    IssuedDocument.Kind.REVOCATION_NOTICE))
            : List.of(
                new StepOutcome(Outcome.MET, "outcome.rectified", "task.opinion.postCheck", null),
                new StepOutcome(
                    Outcome.UNMET,
                    "outcome.notRectified",
                    "task.opinion.postCheckFinding",
                    IssuedDocument.Kind.REVOCATION_NOTICE)),
        null,
        StepClock.STEP_LIMIT,
        null,
        StepForm.POST_CHECK);
  }

  /** User task ids. */
  public static final class Task {
    /** Window acceptance, as in {@link GeneralLicensingProcess.Task#ACCEPT}. */
    public static final String ACCEPT = GeneralLicensingProcess.Task.ACCEPT;

    /** The applicant's corrections. */
    public static final String SUBMIT_CORRECTIONS = GeneralLicensingProcess.Task.SUBMIT_CORRECTIONS;

    /** The decision on the spot, by the director. */
    public static final String DECIDE = GeneralLicensingProcess.Task.DECIDE;

    /** 核查: the officer checks the commitment against the facts. */
    public static final String POST_CHECK = "conductPostCheck";

    /** 复查: after the rectification period, the officer checks again. */
    public static final String RECHECK = "recheckRectification";

    /** 陈述申辩: the holder's statement, assigned to {@link Var#APPLICANT}. */
    public static final String SUBMIT_STATEMENT = "submitStatement";

    /** 撤销决定: the director revokes or keeps the approval. */
    public static final String DECIDE_REVOCATION = "decideRevocation";

    private Task() {}
  }

  /** Process variable names. */
  public static final class Var {
    public static final String APPLICATION_NUMBER = GeneralLicensingProcess.Var.APPLICATION_NUMBER;
    public static final String APPLICANT = GeneralLicensingProcess.Var.APPLICANT;
    public static final String ACCEPTANCE_OUTCOME = GeneralLicensingProcess.Var.ACCEPTANCE_OUTCOME;
    public static final String DECISION = GeneralLicensingProcess.Var.DECISION;

    /** Date: when the post-check falls due (set by {@link Delegate#SCHEDULE_POST_CHECK}). */
    public static final String POST_CHECK_DUE = "postCheckDue";

    /** The outcome of the post-check or re-check: {@link Outcome#MET}, UNMET or FALSE. */
    public static final String CHECK_OUTCOME = "checkOutcome";

    /** Date: end of the rectification period the order gave. */
    public static final String RECTIFICATION_DUE = "rectificationDue";

    /** Date: end of the holder's statement period. */
    public static final String STATEMENT_DUE = "statementDue";

    /** {@link Outcome#REVOKE} or {@link Outcome#KEEP}. */
    public static final String REVOCATION = "revocation";

    private Var() {}
  }

  /** Outcomes. */
  public static final class Outcome {
    public static final String ACCEPT = GeneralLicensingProcess.Outcome.ACCEPT;
    public static final String CORRECT = GeneralLicensingProcess.Outcome.CORRECT;
    public static final String REFUSE = GeneralLicensingProcess.Outcome.REFUSE;
    public static final String APPROVE = GeneralLicensingProcess.Outcome.APPROVE;
    public static final String DENY = GeneralLicensingProcess.Outcome.DENY;

    /** The commitment holds (or was rectified). */
    public static final String MET = "met";

    /** A condition is unmet: rectify (at the re-check: still unmet, treated as false). */
    public static final String UNMET = "unmet";

    /** The commitment was false. */
    public static final String FALSE = "false";

    /** Revoke the approval (撤销). */
    public static final String REVOKE = "revoke";

    /** Keep the approval. */
    public static final String KEEP = "keep";

    private Outcome() {}
  }

  /** End event ids. */
  public static final class End {
    public static final String REFUSED = "applicationRefused";
    public static final String DENIED = "applicationDenied";
    public static final String KEPT = "commitmentKept";
    public static final String RECTIFIED = "commitmentRectified";
    public static final String REVOKED = "approvalRevoked";
    public static final String NOT_REVOKED = "approvalKept";
    public static final String WITHDRAWN = "applicationWithdrawn";

    private End() {}
  }

  /** Bean names of the model's service tasks. */
  public static final class Delegate {
    /** Delivers the decision, as the generic process does. */
    public static final String DELIVER_DECISION = GeneralLicensingProcess.Delegate.DELIVER_DECISION;

    /** Computes and records when the post-check falls due. */
    public static final String SCHEDULE_POST_CHECK = "schedulePostCheckDelegate";

    private Delegate() {}
  }
}
