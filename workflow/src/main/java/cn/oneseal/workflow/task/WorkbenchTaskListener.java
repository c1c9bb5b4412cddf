package cn.oneseal.workflow.task;

import org.camunda.bpm.engine.cdi.impl.util.ProgrammaticBeanLookup;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The engine's listener on every user task; hands the event to the CDI bean {@link TaskEvents}. */
public class WorkbenchTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ProgrammaticBeanLookup.lookup(TaskEvents.class).on(task);
  }
}
