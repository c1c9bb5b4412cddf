package cn.oneseal.workflow.task;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CaseReads;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.application.dto.ClockView;
import cn.oneseal.application.dto.StepClockView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.workflow.engine.EngineRecords;
import cn.oneseal.workflow.step.StepCatalogue;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
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

  @Inject EngineRecords records;

  @Inject ApplicationService applications;

  @Inject LegalClockService clocks;

  @Inject CaseReads reads;

  /**
   * A page of my tasks (also those I delegated) and of the unclaimed tasks of my groups in my
   * section, filtered by item, step, card and holder, sorted by deadline (the default) or by age;
   * counted and sliced in the database ({@link OpenTaskQuery}).
   */
  public ResultPage<WorkItem> inbox(Actor actor, InboxFilter filter, Paging paging) {
    TaskAccess.requireStaff(actor);
    OpenTaskQuery query = new OpenTaskQuery();
    String me = query.bind(actor.username());
    // one read rule (Actor#mayReadCase), even for a task held by this person
    if (actor.readingSection() != null) {
      query.where(OpenTaskQuery.SECTION + " = " + query.bind(actor.readingSection()));
    }
    String unclaimed =
        "RES.ASSIGNEE_ is null and "
            + query.candidateOf(actor.roleIds())
            + sectionWorked(actor, query);
    query.where(
        switch (filter.holder() == null ? "" : filter.holder()) {
          case "mine" -> "RES.ASSIGNEE_ = " + me;
          case "unclaimed" -> unclaimed;
          default -> "RES.ASSIGNEE_ = " + me + " or RES.OWNER_ = " + me + " or (" + unclaimed + ")";
        });
    query.filtered(filter);
    return toWorkItems(actor, query.page(tasks, paging));
  }

  /** ...and only of the item's section where this person works one section (worksSection). */
  static String sectionWorked(Actor actor, OpenTaskQuery query) {
    return actor.section() == null
        ? ""
        : " and " + OpenTaskQuery.SECTION + " = " + query.bind(actor.section());
  }

  /** The rows of one page of a task list, with the list's total. */
  public ResultPage<WorkItem> toWorkItems(Actor actor, ResultPage<Task> found) {
    return new ResultPage<>(toWorkItems(actor, found.items()), found.total());
  }

  /** The sort fields of the task lists: {@code deadline} (the default) and {@code created}. */
  public static Set<String> sortable() {
    return OpenTaskQuery.SORTABLE;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** One task, if this member of staff may work it. */
  public WorkItem task(Actor actor, String taskId) {
    return opened(actor, access.visible(actor, taskId));
  }

  /**
   * The task {@code task} as it is once this person has claimed it: the task as read and checked
   * under the case's lock before the claim, now held by them (not read again: the claim changed its
   * holder only).
   */
  public WorkItem claimed(Actor actor, Task task) {
    return opened(actor, task).heldBy(actor.username());
  }

  private WorkItem opened(Actor actor, Task task) {
    WorkItem item = toWorkItems(actor, List.of(task)).get(0);
    // one task opened is a read of its case (an open one: the task is open), for its step
    reads.readAtStep(actor, item.applicationNumber(), task.getTaskDefinitionKey());
    return item;
  }

  /** Builds inbox rows with one query per kind of data, not one per task. */
  public List<WorkItem> toWorkItems(Actor actor, List<Task> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    // the business key of each process instance is the application number
    Map<String, String> numbers =
        records.numbersOf(
            found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
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
