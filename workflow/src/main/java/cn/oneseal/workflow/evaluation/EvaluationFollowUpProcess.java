package cn.oneseal.workflow.evaluation;

import cn.oneseal.domain.model.account.Role;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.SectionRule;
import cn.oneseal.workflow.step.StepDefinition.StepClock;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.step.StepDefinition.StepOutcome;
import java.util.List;

/**
 * Names shared by code and the {@code processes/evaluationFollowUp.bpmn} model: the follow-up
 * (差评整改) of a negative rating (好差评 1 or 2) of an ended case. One user task for the chiefs of the
 * section that handled the case; its limit is the {@code step_limit} row of the step (15 working
 * days, V22), so its clock, due date and cards are those of any step, and it appears in the chief's
 * workbench inbox and task page. The business key is the application number, and {@link
 * Var#APPLICATION_NUMBER} is set as for the case processes.
 *
 * <p>This process runs beside a case, not as one: it is not an item's process ({@code
 * StepCatalogue#caseProcessKeys} leaves it out).
 */
public final class EvaluationFollowUpProcess {

  /** Process definition key; also the model's file name. */
  public static final String KEY = "evaluationFollowUp";

  /** The steps of the model: the chief's answer, whose one outcome is {@link Outcome#ANSWERED}. */
  public static final List<StepDefinition> STEPS =
      List.of(
          new StepDefinition(
              KEY,
              Task.ANSWER,
              Role.CHIEF.id(),
              SectionRule.ITEM_SECTION,
              List.of(
                  new StepOutcome(
                      Outcome.ANSWERED, "outcome.answered", "task.opinion.followUp", null)),
              null,
              StepClock.STEP_LIMIT,
              null,
              StepForm.EVALUATION_FOLLOW_UP));

  private EvaluationFollowUpProcess() {}

  /** User task ids. */
  public static final class Task {
    /** 差评核实整改: the section chief explains and states the rectification. */
    public static final String ANSWER = "answerEvaluation";

    private Task() {}
  }

  /** Values of the task's outcome. */
  public static final class Outcome {
    /** The chief answered (explanation and rectification in the opinion). */
    public static final String ANSWERED = "answered";

    private Outcome() {}
  }

  /** Process variable names. */
  public static final class Var {
    /** The application number, as in the case processes (the task's case). */
    public static final String APPLICATION_NUMBER = "applicationNumber";

    /** Long: the rating followed up. */
    public static final String EVALUATION_ID = "evaluationId";

    private Var() {}
  }

  /** End event ids. */
  public static final class End {
    public static final String ANSWERED = "evaluationAnswered";

    private End() {}
  }
}
