package cn.oneseal.workflow.innovation;

import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
import cn.oneseal.workflow.step.StandardSteps;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.SectionRule;
import cn.oneseal.workflow.step.StepDefinition.StepClock;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.step.StepDefinition.StepOutcome;
import java.util.List;

/**
 * Names shared by code and the {@code processes/innovationVoucher.bpmn} model: the innovation
 * voucher (科技创新券, docs/innovation-vouchers.md). The window (with the correction loop), the science
 * section's review, and the director's decision, which issues the sealed voucher or refuses it with
 * reasons; then delivery. Support under the province's policy, not a licence: the review's and the
 * decision's words are the voucher's.
 */
public final class VoucherProcess {

  /** Process definition key; also the model's file name and the item's process key. */
  public static final String KEY = "innovationVoucher";

  /** The model's user tasks. */
  public static final List<StepDefinition> STEPS =
      List.of(
          StandardSteps.acceptance(KEY),
          StandardSteps.corrections(KEY),
          new StepDefinition(
              KEY,
              Task.REVIEW,
              GeneralLicensingProcess.Group.OFFICER,
              SectionRule.ITEM_SECTION,
              List.of(
                  new StepOutcome(
                      Outcome.APPROVE,
                      "recommendation.voucher.approve",
                      "task.opinion.review",
                      null),
                  new StepOutcome(
                      Outcome.DENY, "recommendation.voucher.deny", "task.opinion.review", null)),
              null,
              StepClock.STEP_LIMIT,
              null,
              StepForm.REVIEW),
          new StepDefinition(
              KEY,
              Task.DECIDE,
              GeneralLicensingProcess.Group.DIRECTOR,
              SectionRule.ITEM_SECTION,
              List.of(
                  new StepOutcome(
                      Outcome.APPROVE,
                      "outcome.voucher.approve",
                      "task.opinion.approve",
                      IssuedDocument.Kind.INNOVATION_VOUCHER),
                  new StepOutcome(
                      Outcome.DENY,
                      "outcome.voucher.deny",
                      "task.opinion.voucher.deny",
                      IssuedDocument.Kind.VOUCHER_DENIAL)),
              null,
              StepClock.STEP_LIMIT,
              null,
              StepForm.VOUCHER_DECISION));

  private VoucherProcess() {}
}
