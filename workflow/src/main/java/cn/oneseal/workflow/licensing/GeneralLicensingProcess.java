package cn.oneseal.workflow.licensing;

import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.workflow.step.StandardSteps;
import cn.oneseal.workflow.step.StepDefinition;
import java.util.List;

/**
 * Names shared by code and the {@code processes/generalLicensing.bpmn} model: the generic licensing
 * procedure of the Administrative Licensing Law (行政许可法), which items without a process of their own
 * follow.
 *
 * <p>The statutory steps and where each lives in the model:
 *
 * <ol>
 *   <li><b>Apply (申请)</b> — the instance starts when an application is submitted; its business key
 *       is the application number, which is also how a withdrawal finds it.
 *   <li><b>Accept (受理)</b> — a window clerk checks the materials for completeness and form, and
 *       either accepts, refuses to accept (不予受理), or lists <em>all</em> missing or faulty materials
 *       at once (一次性告知补正). The applicant then submits corrections and the application comes back to
 *       the window.
 *   <li><b>Deemed acceptance</b> — the law gives the window 5 days to accept or ask for
 *       corrections; if it misses that, the application counts as accepted from the day the
 *       materials arrived. The model does not decide for the clerk: a non-interrupting timer, due
 *       at the date in {@link Var#ACCEPTANCE_DEADLINE} (the end of the 5th working day), flags the
 *       case and leaves the acceptance task open. The duration is data supplied by the caller (who
 *       knows the working-day calendar), never a literal in the model.
 *   <li><b>Review (审查)</b> — a case officer reviews the substance and records a recommendation in
 *       {@link Var#REVIEW_OUTCOME}; the recommendation does not route the process.
 *   <li><b>Special steps (特殊环节)</b> — between review and decision, in this order: site inspection
 *       (现场核查, by two or more staff), expert review (专家评审), hearing (听证) and public notice (公示).
 *       Each runs only if its Boolean variable ({@link Var#SITE_INSPECTION}, {@link
 *       Var#EXPERT_REVIEW}, {@link Var#HEARING}, {@link Var#PUBLIC_NOTICE}) is true; the gateway
 *       conditions in the model choose, not Java. The time they take does not count toward the
 *       statutory limit (Art. 45), so whoever keeps the clock stops it while one of {@link
 *       Task#SPECIAL_STEPS} is open.
 *   <li><b>Decide (决定)</b> — the director approves or denies; the bureau's one seal is applied.
 *   <li><b>Deliver (送达)</b> — the decision (licence or written denial) is delivered, whatever it
 *       is.
 * </ol>
 *
 * <p>Until the decision is delivered the applicant may withdraw the application (申请人撤回申请):
 * correlating {@link #MESSAGE_WITHDRAW} by business key ends the instance wherever it waits. This
 * is the applicant's withdrawal, not the authority's withdrawal of a licence (Art. 8).
 */
public final class GeneralLicensingProcess {

  /** Process definition key; also the model's file name. */
  public static final String KEY = "generalLicensing";

  /** Message that ends the instance because the applicant withdrew the application. */
  public static final String MESSAGE_WITHDRAW = "applicationWithdrawn";

  /**
   * The model's user tasks, each described once (role, outcomes, return, clock, form, seal); the
   * decision and the special steps may send the case back to the review.
   */
  public static final List<StepDefinition> STEPS =
      List.of(
          StandardSteps.acceptance(KEY),
          StandardSteps.corrections(KEY),
          StandardSteps.review(KEY),
          StandardSteps.countersign(KEY),
          StandardSteps.specialStep(KEY, Task.SITE_INSPECTION, SpecialStepKind.SITE_INSPECTION),
          StandardSteps.specialStep(KEY, Task.EXPERT_REVIEW, SpecialStepKind.EXPERT_REVIEW),
          StandardSteps.specialStep(KEY, Task.HEARING, SpecialStepKind.HEARING),
          StandardSteps.specialStep(KEY, Task.PUBLIC_NOTICE, SpecialStepKind.PUBLIC_NOTICE),
          StandardSteps.decision(KEY, Task.REVIEW));

  private GeneralLicensingProcess() {}

  /** User task ids. */
  public static final class Task {
    /** Window acceptance (窗口受理), candidate group {@link Group#CLERK}. */
    public static final String ACCEPT = "acceptApplication";

    /** The applicant submits corrections (申请人补正), assigned to {@link Var#APPLICANT}. */
    public static final String SUBMIT_CORRECTIONS = "submitCorrections";

    /** Substantive review (审查), candidate group {@link Group#OFFICER}. */
    public static final String REVIEW = "reviewApplication";

    /** Site inspection (现场核查) by two or more staff, candidate group {@link Group#OFFICER}. */
    public static final String SITE_INSPECTION = "conductSiteInspection";

    /** Expert review (专家评审), candidate group {@link Group#OFFICER}. */
    public static final String EXPERT_REVIEW = "conductExpertReview";

    /** Hearing (听证), candidate group {@link Group#OFFICER}. */
    public static final String HEARING = "holdHearing";

    /** Public notice (公示), candidate group {@link Group#OFFICER}. */
    public static final String PUBLIC_NOTICE = "publishNotice";

    /**
     * The special steps (特殊环节) in the order the model runs them; while one of them is open the
     * statutory clock stops.
     */
    public static final List<String> SPECIAL_STEPS =
        List.of(SITE_INSPECTION, EXPERT_REVIEW, HEARING, PUBLIC_NOTICE);

    /**
     * Countersign (会签): one task per further officer the item requires (multi-instance), each
     * agreeing with the review or objecting; candidate group {@link Group#OFFICER}.
     */
    public static final String COUNTERSIGN = "countersignReview";

    /** Decision (决定), candidate group {@link Group#DIRECTOR}. */
    public static final String DECIDE = "decideApplication";

    private Task() {}
  }

  /** Process variable names. */
  public static final class Var {
    /** The application number; equal to the business key. */
    public static final String APPLICATION_NUMBER = "applicationNumber";

    /** Integer: how many further officers countersign the review (0: none). Required at start. */
    public static final String COUNTERSIGN_OFFICERS = "countersignOfficers";

    /** Boolean: an officer objected in the current countersign round. Required at start. */
    public static final String COUNTERSIGN_OBJECTED = "countersignObjected";

    /** User id of the applicant, who is assigned the correction task. */
    public static final String APPLICANT = "applicant";

    /**
     * Set when completing {@link Task#ACCEPT}: {@link Outcome#ACCEPT}, {@link Outcome#CORRECT} or
     * {@link Outcome#REFUSE}.
     */
    public static final String ACCEPTANCE_OUTCOME = "acceptanceOutcome";

    /**
     * Set when completing {@link Task#REVIEW}: {@link Outcome#APPROVE} or {@link Outcome#DENY}, a
     * recommendation only.
     */
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    /** Set when completing {@link Task#DECIDE}: {@link Outcome#APPROVE} or {@link Outcome#DENY}. */
    public static final String DECISION = "decision";

    /**
     * ISO-8601 duration (e.g. {@code P5D}) after which an application still waiting at {@link
     * Task#ACCEPT} is flagged as deemed accepted. Required at start; re-read each time the
     * application returns to the window.
     */
    public static final String ACCEPTANCE_DEADLINE = "acceptanceDeadline";

    /**
     * Boolean: whether {@link Task#SITE_INSPECTION} runs. Required at start, like the other three
     * special-step switches: the model reads them without a default, so a missing one fails the
     * completion of {@link Task#REVIEW}, not the start.
     */
    public static final String SITE_INSPECTION = "siteInspection";

    /** Boolean: whether {@link Task#EXPERT_REVIEW} runs. Required at start. */
    public static final String EXPERT_REVIEW = "expertReview";

    /** Boolean: whether {@link Task#HEARING} runs. Required at start. */
    public static final String HEARING = "hearing";

    /** Boolean: whether {@link Task#PUBLIC_NOTICE} runs. Required at start. */
    public static final String PUBLIC_NOTICE = "publicNotice";

    private Var() {}
  }

  /**
   * Values of {@link Var#ACCEPTANCE_OUTCOME}, {@link Var#REVIEW_OUTCOME} and {@link Var#DECISION},
   * and the outcome of a special step.
   */
  public static final class Outcome {
    /** Accept the application (予以受理). */
    public static final String ACCEPT = "accept";

    /** Ask for corrections, listed at once (一次性告知补正). */
    public static final String CORRECT = "correct";

    /** Refuse to accept (不予受理). */
    public static final String REFUSE = "refuse";

    /** Grant the licence (准予许可). */
    public static final String APPROVE = "approve";

    /** Deny the licence (不予许可). */
    public static final String DENY = "deny";

    /**
     * A special step was carried out; the only outcome of the {@link Task#SPECIAL_STEPS} tasks,
     * which do not route the process.
     */
    public static final String DONE = "done";

    /** A countersigning officer agrees with the review (会签同意). */
    public static final String AGREE = "agree";

    /** A countersigning officer objects: the case goes back to the review. */
    public static final String OBJECT = "object";

    private Outcome() {}
  }

  /** Candidate groups of the user tasks. */
  public static final class Group {
    /** Window clerks (窗口受理员). */
    public static final String CLERK = "clerk";

    /** Case officers (承办审查员). */
    public static final String OFFICER = "officer";

    /** Directors (局长 / 分管局长). */
    public static final String DIRECTOR = "director";

    private Group() {}
  }

  /** End event ids. */
  public static final class End {
    /** The window refused to accept the application. */
    public static final String REFUSED = "applicationRefused";

    /** The decision, approval or denial, was delivered. */
    public static final String DELIVERED = "decisionDelivered";

    /** The applicant withdrew the application. */
    public static final String WITHDRAWN = "applicationWithdrawn";

    /** The deemed-acceptance branch ended; the acceptance task itself stays open. */
    public static final String DEEMED_ACCEPTANCE_FLAGGED = "deemedAcceptanceFlagged";

    private End() {}
  }

  /** Bean names the model resolves through {@code camunda:delegateExpression}. */
  public static final class Delegate {
    /** Delivers the decision (送达); called once per delivered application. */
    public static final String DELIVER_DECISION = "deliverDecisionDelegate";

    /** Records that the application counts as accepted because the window missed the deadline. */
    public static final String FLAG_DEEMED_ACCEPTANCE = "deemedAcceptanceDelegate";

    private Delegate() {}
  }
}
