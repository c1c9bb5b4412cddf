package cn.oneseal.workflow.task;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CaseReads;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.application.dto.ClockView;
import cn.oneseal.application.dto.StepClockView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.workflow.step.StepCatalogue;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

/**
 * What staff see of their work: their inbox (their own tasks, those they delegated, and the
 * unclaimed tasks of their roles in their section), one task, and the rows of any list of tasks
 * with their applications and clocks.
 */
@Stateless
@PermitAll
public class Inbox {

  @Inject TaskAccess access;

  @Inject TaskService tasks;

  @Inject RuntimeService runtime;

  @Inject ApplicationService applications;

  @Inject LegalClockService clocks;

  @Inject CaseReads reads;

  /** My tasks and my groups' unclaimed ones, soonest deadline first. */
  public List<WorkItem> inbox(Actor actor) {
    return inbox(actor, InboxFilter.all());
  }

  /**
   * My tasks (also those I delegated), and the unclaimed tasks of my groups in my section; filtered
   * by item, step and card, sorted by deadline (or by age).
   */
  public List<WorkItem> inbox(Actor actor, InboxFilter filter) {
    TaskAccess.requireStaff(actor);
    List<Task> found =
        tasks
            .createTaskQuery()
            .or()
            .taskAssignee(actor.username())
            .taskOwner(actor.username())
            .taskCandidateGroupIn(List.copyOf(actor.roleIds()))
            .endOr()
            .orderByTaskCreateTime()
            .asc()
            .listPage(0, 500);
    Comparator<WorkItem> order =
        "created".equals(filter.sort())
            ? Comparator.comparing(WorkItem::created)
            : Comparator.comparingInt(WorkItem::workingDaysLeft).thenComparing(WorkItem::created);
    return toWorkItems(actor, found).stream()
        // one read rule (Actor#mayReadCase), even for a task held by this person
        .filter(w -> actor.mayReadSection(w.sectionCode()))
        .filter(
            w ->
                actor.username().equals(w.assignee())
                    || actor.username().equals(w.owner())
                    || actor.worksSection(w.sectionCode()))
        .filter(w -> blank(filter.itemCode()) || filter.itemCode().equals(w.itemCode()))
        .filter(w -> blank(filter.step()) || filter.step().equals(w.step()))
        .filter(w -> blank(filter.card()) || filter.card().equals(w.card()))
        .sorted(order)
        .toList();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** One task, if this member of staff may work it. */
  public WorkItem task(Actor actor, String taskId) {
    Task task = access.visible(actor, taskId);
    WorkItem item = toWorkItems(actor, List.of(task)).get(0);
    // one task opened is a read of its case (an open one: the task is open)
    reads.read(actor, item.applicationNumber(), false);
    return item;
  }

  /** Builds inbox rows with one query per kind of data, not one per task. */
  public List<WorkItem> toWorkItems(Actor actor, List<Task> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    // the business key of each process instance is the application number
    Map<String, String> numbers =
        runtime
            .createProcessInstanceQuery()
            .processInstanceIds(
                found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
            .list()
            .stream()
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Map<String, ApplicationSummary> summaries =
        applications.summariesOf(actor, Set.copyOf(numbers.values()));
    Map<String, StepClockView> stepClocks =
        clocks.stepClocks(found.stream().map(Task::getId).toList());
    Map<String, ClockView> caseClocks = clocks.clocksOf(Set.copyOf(numbers.values()));
    return found.stream()
        .map(
            t -> {
              String number = numbers.get(t.getProcessInstanceId());
              ApplicationSummary s = summaries.get(number);
              return new WorkItem(
                  t.getId(),
                  StepCatalogue.processKeyOf(t.getProcessDefinitionId()),
                  t.getTaskDefinitionKey(),
                  t.getName(),
                  number,
                  s == null ? null : s.itemCode(),
                  s == null ? null : s.itemNameZh(),
                  s == null ? null : s.itemNameEn(),
                  s == null ? null : s.applicant(),
                  t.getAssignee(),
                  t.getCreateTime().toInstant(),
                  t.getOwner(),
                  t.getDelegationState() == DelegationState.PENDING,
                  s == null ? null : s.sectionCode(),
                  stepClocks.get(t.getId()),
                  caseClocks.get(number));
            })
        .toList();
  }
}
