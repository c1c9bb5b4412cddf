package cn.oneseal.workflow.task;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.StaffService;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.StepClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What happens around every staff task of every model, in the engine's transaction: its step clock
 * starts when it is created (the task's due date is the step's deadline), a task assigned to an
 * absent person goes to their substitute (AB角) and is put on record, the clock stops when the task
 * ends. How the clock runs is the step's description ({@link StepDefinition#clock()}): the
 * applicant's own correction task has no staff clock, a special step stops the case clock.
 */
@ApplicationScoped
public class TaskEvents {

  @Inject LegalClockService clocks;

  @Inject StaffService staff;

  @Inject AccountService accounts;

  @Inject ApplicationService applications;

  @Inject WorkbenchNotices notices;

  @Inject Clock clock;

  public void on(DelegateTask task) {
    String step = task.getTaskDefinitionKey();
    String processKey = StepCatalogue.processKeyOf(task.getProcessDefinitionId());
    StepDefinition definition = StepCatalogue.of(processKey, step);
    if (definition.clock() == StepClock.NONE) {
      return;
    }
    String number = (String) task.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER);
    if (number == null) {
      return;
    }
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> {
        var deadline =
            clocks.startStep(task.getId(), number, processKey, step, definition.specialStep());
        // due at the end of the deadline day
        task.setDueDate(Date.from(BureauTime.endOf(deadline).minusSeconds(1)));
        if (task.getAssignee() != null) {
          standIn(task, number, definition);
        }
      }
      case TaskListener.EVENTNAME_ASSIGNMENT -> standIn(task, number, definition);
      case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
          clocks.endStep(task.getId(), number, definition.specialStep());
      default -> {
        // other events carry nothing for the clock
      }
    }
  }

  /**
   * A task assigned to someone away today goes to their substitute, on record and told. A
   * substitute who cannot do this task (an absence declared before the substitute's roles or
   * section changed: a declaration itself is refused then) does not get it: it goes back to the
   * pool of the step's role in the item's section, on record.
   */
  private void standIn(DelegateTask task, String number, StepDefinition definition) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    String step = definition.taskKey();
    var today = BureauTime.day(clock.instant());
    Optional<String> substitute = staff.substituteOn(assignee, today);
    // one hop: a substitute who is away too keeps the task (nobody loses it in a loop)
    if (substitute.isPresent() && staff.substituteOn(substitute.get(), today).isEmpty()) {
      boolean able =
          accounts
              .actorOf(substitute.get())
              .map(a -> TaskAccess.mayWork(a, definition, applications.sectionOf(number)))
              .orElse(false);
      String handedTo =
          able ? substitute.get() + " (AB角)" : "待办池 / pool (AB角 " + substitute.get() + " ✗)";
      task.setAssignee(able ? substitute.get() : null);
      applications.noteTask(
          number,
          step,
          Action.SUBSTITUTED,
          "system",
          task.getCreateTime().toInstant(),
          assignee + " → " + handedTo);
      if (able) {
        notices.assigned(substitute.get(), number, task.getId(), step, assignee);
      }
    }
  }
}
