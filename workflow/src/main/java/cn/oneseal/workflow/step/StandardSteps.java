package cn.oneseal.workflow.step;

import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Group;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
import cn.oneseal.workflow.step.StepDefinition.SectionRule;
import cn.oneseal.workflow.step.StepDefinition.StepClock;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.step.StepDefinition.StepOutcome;
import java.util.List;

/**
 * The steps of the Administrative Licensing Law's procedure as every model that follows it uses
 * them (the window, the applicant's corrections, the review, the special steps, the countersign,
 * the decision), for a process to list among its own. Only the clerk's and the director's acts
 * produce documents, and those carry the bureau seal.
 */
public final class StandardSteps {

  private StandardSteps() {}

  /** 窗口受理: accept, ask once for every missing material, or refuse to accept. */
  public static StepDefinition acceptance(String processKey) {
    return new StepDefinition(
        processKey,
        Task.ACCEPT,
        Group.CLERK,
        SectionRule.ITEM_SECTION,
        List.of(
            new StepOutcome(
                Outcome.ACCEPT,
                "outcome.accept",
                "task.opinion.accept",
                IssuedDocument.Kind.ACCEPTANCE_NOTICE),
            new StepOutcome(
                Outcome.CORRECT,
                "outcome.correct",
                "task.opinion.correct",
                IssuedDocument.Kind.CORRECTION_NOTICE),
            new StepOutcome(
                Outcome.REFUSE,
                "outcome.refuse",
                "task.opinion.refuse",
                IssuedDocument.Kind.REFUSAL_NOTICE)),
        null,
        StepClock.STEP_LIMIT,
        null,
        StepForm.ACCEPTANCE);
  }

  /** 申请人补正: the applicant's task, answered from the applicant's pages. */
  public static StepDefinition corrections(String processKey) {
    return new StepDefinition(
        processKey,
        Task.SUBMIT_CORRECTIONS,
        StepDefinition.APPLICANT,
        SectionRule.ASSIGNEE_ONLY,
        List.of(),
        null,
        StepClock.NONE,
        null,
        StepForm.CORRECTIONS);
  }

  /** 审查: the case officer's recommendation, which does not route the process by itself. */
  public static StepDefinition review(String processKey) {
    return new StepDefinition(
        processKey,
        Task.REVIEW,
        Group.OFFICER,
        SectionRule.ITEM_SECTION,
        List.of(
            new StepOutcome(Outcome.APPROVE, "recommendation.approve", "task.opinion.review", null),
            new StepOutcome(Outcome.DENY, "recommendation.deny", "task.opinion.review", null)),
        null,
        StepClock.STEP_LIMIT,
        null,
        StepForm.REVIEW);
  }

  /** 会签: a further officer of the section agrees with the review or objects to it. */
  public static StepDefinition countersign(String processKey) {
    return new StepDefinition(
        processKey,
        Task.COUNTERSIGN,
        Group.OFFICER,
        SectionRule.ITEM_SECTION,
        List.of(
            new StepOutcome(Outcome.AGREE, "outcome.agree", "task.opinion.countersign", null),
            new StepOutcome(Outcome.OBJECT, "outcome.object", "task.opinion.countersign", null)),
        null,
        StepClock.STEP_LIMIT,
        null,
        StepForm.COUNTERSIGN);
  }

  /**
   * A special step (特殊环节) carried out by a case officer; its record is its only outcome, and the
   * case may be returned to the review from it.
   */
  public static StepDefinition specialStep(
      String processKey, String taskKey, SpecialStepKind kind) {
    return new StepDefinition(
        processKey,
        taskKey,
        Group.OFFICER,
        SectionRule.ITEM_SECTION,
        List.of(new StepOutcome(Outcome.DONE, "outcome.done", "task.opinion.specialStep", null)),
        Task.REVIEW,
        StepClock.SPECIAL_STEP,
        kind,
        kind == SpecialStepKind.SITE_INSPECTION ? StepForm.SITE_INSPECTION : StepForm.SPECIAL_STEP);
  }

  /**
   * 决定: the director approves or denies; the decision is sealed. {@code returnsTo}: the step the
   * director may send the case back to, or {@code null} where nothing may be done twice.
   */
  public static StepDefinition decision(String processKey, String returnsTo) {
    return new StepDefinition(
        processKey,
        Task.DECIDE,
        Group.DIRECTOR,
        SectionRule.ITEM_SECTION,
        List.of(
            new StepOutcome(
                Outcome.APPROVE,
                "outcome.approve",
                "task.opinion.approve",
                IssuedDocument.Kind.APPROVAL_DECISION),
            new StepOutcome(
                Outcome.DENY,
                "outcome.deny",
                "task.opinion.deny",
                IssuedDocument.Kind.DENIAL_DECISION)),
        returnsTo,
        StepClock.STEP_LIMIT,
        null,
        StepForm.DECISION);
  }
}
