package cn.oneseal.workflow.task;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts the workbench's listener on every user task of every deployed model, so that no model can
 * forget the legal clock or the substitutes: the rule lives in one place, not in each diagram.
 */
public class WorkbenchParseListener extends AbstractBpmnParseListener {

  private static final TaskListener LISTENER = new WorkbenchTaskListener();

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    var definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    for (String event :
        new String[] {
          TaskListener.EVENTNAME_CREATE,
          TaskListener.EVENTNAME_ASSIGNMENT,
          TaskListener.EVENTNAME_COMPLETE,
          TaskListener.EVENTNAME_DELETE
        }) {
      definition.addTaskListener(event, LISTENER);
    }
  }
}
