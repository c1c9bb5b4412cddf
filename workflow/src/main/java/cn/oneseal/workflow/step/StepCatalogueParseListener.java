package cn.oneseal.workflow.step;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses to deploy a model with a user task the {@link StepCatalogue} does not describe, or whose
 * candidate group is not the described role: a step nobody described would have no clock, no
 * outcomes and no authorization rule.
 */
public class StepCatalogueParseListener extends AbstractBpmnParseListener {

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
    StepDefinition step =
        StepCatalogue.find(processKey, activity.getId())
            .orElseThrow(
                () ->
                    new ProcessEngineException(
                        "user task "
                            + processKey
                            + "#"
                            + activity.getId()
                            + " is not described in the step catalogue"));
    var definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    Set<String> groups =
        definition.getCandidateGroupIdExpressions().stream()
            .map(Expression::getExpressionText)
            .collect(Collectors.toSet());
    Set<String> expected = step.staffStep() ? Set.of(step.role()) : Set.of();
    if (!groups.equals(expected)) {
      throw new ProcessEngineException(
          "user task "
              + processKey
              + "#"
              + activity.getId()
              + " has candidate groups "
              + groups
              + " but the step catalogue says "
              + expected);
    }
  }
}
