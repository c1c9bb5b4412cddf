package cn.oneseal.workflow.task;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.NotificationService;
import cn.oneseal.application.StaffService;
import cn.oneseal.application.dto.CardChange;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who is told what on the workbench (in the app and by e-mail): the person a task is assigned,
 * transferred, delegated or returned to; the holder of an urged task; the holders of a step or case
 * that turned yellow or red. An unclaimed task's "holders" are the staff who may claim it.
 */
@ApplicationScoped
public class WorkbenchNotices {

  @Inject NotificationService notifications;

  @Inject TaskService tasks;

  @Inject StaffService staff;

  @Inject ApplicationService applications;

  public void assigned(String recipient, String number, String taskId, String step, String from) {
    notifications.notify(recipient, NotificationKind.TASK_ASSIGNED, number, taskId, step, from);
  }

  public void operated(
      NotificationKind kind, String recipient, Task task, String number, String detail) {
    notifications.notify(
        recipient, kind, number, task.getId(), task.getTaskDefinitionKey(), detail);
  }

  /** An urged task: its holder is reminded, or everyone who may claim it. */
  public void urged(Task task, String number, String detail) {
    for (String recipient : holders(task, number)) {
      operated(NotificationKind.TASK_URGED, recipient, task, number, detail);
    }
  }

  /** A card turned yellow or red: the holders of the step, or of every open step of the case. */
  public void cardChanged(CardChange change) {
    NotificationKind kind =
        switch (change.card()) {
          case "yellow" -> NotificationKind.CARD_YELLOW;
          case "red" -> NotificationKind.CARD_RED;
          default -> null;
        };
    if (kind == null) {
      return;
    }
    var query = tasks.createTaskQuery().processInstanceBusinessKey(change.applicationNumber());
    if (!change.ofCase()) {
      query = query.taskId(change.taskId());
    }
    for (Task task : query.list()) {
      for (String recipient : holders(task, change.applicationNumber())) {
        notifications.notify(
            recipient,
            kind,
            change.applicationNumber(),
            task.getId(),
            task.getTaskDefinitionKey(),
            change.ofCase() ? "case" : "step");
      }
    }
  }

  private Set<String> holders(Task task, String number) {
    Set<String> holders = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      holders.add(task.getAssignee());
      return holders;
    }
    String section = applications.sectionOf(number);
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        Role.fromId(link.getGroupId())
            .ifPresent(role -> holders.addAll(staff.holding(role, section)));
      }
    }
    return holders;
  }
}
