package cn.oneseal.workflow.innovation;

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
 * Names shared by code and the {@code processes/contractRegistration.bpmn} model: the registration
 * of a technical contract (技术合同认定登记, docs/technical-contracts.md). The window (with the one-time
 * correction loop) as every process, then the registrar's {@link Task#REGISTER}: registered under a
 * number with the sealed certificate, or rejected with reasons; then delivery. Not an
 * administrative licence: no director's decision, and the documents speak the registration rules.
 */
public final class TechnicalContractProcess {

  /** Process definition key; also the model's file name and the item's process key. */
  public static final String KEY = "contractRegistration";

  /** The model's user tasks. */
  public static final List<StepDefinition> STEPS =
      List.of(
          StandardSteps.acceptance(KEY),
          StandardSteps.corrections(KEY),
          new StepDefinition(
              KEY,
              Task.REGISTER,
              GeneralLicensingProcess.Group.OFFICER,
              SectionRule.ITEM_SECTION,
              List.of(
                  new StepOutcome(
                      Outcome.REGISTER,
                      "outcome.register",
                      "task.opinion.register",
                      IssuedDocument.Kind.TECHNICAL_CONTRACT_CERTIFICATE),
                  new StepOutcome(
                      Outcome.REJECT,
                      "outcome.reject",
                      "task.opinion.reject",
                      IssuedDocument.Kind.TECHNICAL_CONTRACT_REJECTION)),
              null,
              StepClock.STEP_LIMIT,
              null,
              StepForm.CONTRACT_REGISTRATION));

  private TechnicalContractProcess() {}

  /** Task ids of the model's own steps. */
  public static final class Task {
    /** 登记审查: the registrar registers the contract or rejects it. */
    public static final String REGISTER = "registerContract";

    private Task() {}
  }

  /** Outcomes of the registrar's step. */
  public static final class Outcome {
    public static final String REGISTER = "register";
    public static final String REJECT = "reject";

    private Outcome() {}
  }

  /** Process variable names of its own. */
  public static final class Var {
    /** The registrar's outcome: {@code register} or {@code reject}. */
    public static final String REGISTRATION = "registration";

    private Var() {}
  }
}
