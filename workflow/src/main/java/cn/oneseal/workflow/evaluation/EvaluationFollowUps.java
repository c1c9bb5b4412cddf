package cn.oneseal.workflow.evaluation;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.EvaluationService;
import cn.oneseal.application.dto.EvaluationView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.evaluation.EvaluationFollowUpProcess.Var;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.task.Workbench;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * 好差评 with its process: a rating is stored by {@link EvaluationService}; a negative one starts the
 * follow-up ({@link EvaluationFollowUpProcess}) in the same transaction, so a rating never lacks
 * its follow-up and a failed start leaves no rating. The chief answers through the workbench (the
 * step's form {@code EVALUATION_FOLLOW_UP}); a supervisor's urge (督办) reminds the task's holders
 * through the workbench's urge.
 */
@Stateless
@PermitAll
public class EvaluationFollowUps {

  @Inject EvaluationService evaluations;

  @Inject ApplicationService applications;

  @Inject RuntimeService runtime;

  @Inject TaskService tasks;

  @Inject Workbench workbench;

  /** The applicant's rating; a negative one opens the follow-up for the section's chief. */
  public EvaluationView rate(
      Actor actor, String number, Integer level, String comment, String step) {
    EvaluationView rated =
        evaluations.rate(actor, number, level, comment, step, caseSteps(actor, number));
    if (!rated.negative()) {
      return rated;
    }
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(
            EvaluationFollowUpProcess.KEY,
            number,
            Variables.createVariables()
                .putValue(Var.APPLICATION_NUMBER, number)
                .putValue(Var.EVALUATION_ID, rated.id()));
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(EvaluationFollowUpProcess.Task.ANSWER)
            .singleResult();
    evaluations.followUpOpened(
        number,
        task.getId(),
        task.getDueDate() == null ? null : BureauTime.day(task.getDueDate().toInstant()));
    return evaluations
        .ofCase(actor, number)
        .orElseThrow(() -> new IllegalStateException("rating lost: " + number));
  }

  /**
   * The staff steps of the case's process (BPMN ids), of which a disappointing step must be one;
   * for the applicant's form too.
   */
  public List<String> caseSteps(Actor actor, String number) {
    String processKey = applications.readable(actor, number).getItemVersion().getProcessKey();
    return StepCatalogue.of(processKey).stream()
        .filter(StepDefinition::staffStep)
        .map(StepDefinition::taskKey)
        .toList();
  }

  /** 督办: the supervisor's urge, on the audit trail and told to the chief(s) of the task. */
  public EvaluationView urge(Actor actor, long id, String note) {
    EvaluationView urged = evaluations.urge(actor, id, note);
    if (urged.followUpTask() == null) {
      throw DomainException.conflict("error.evaluation.followUpClosed", id);
    }
    workbench.urge(actor, urged.followUpTask(), note);
    return urged;
  }
}
