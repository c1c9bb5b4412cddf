package cn.oneseal.web.view.workbench;

import cn.oneseal.domain.model.account.Role;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.task.Inbox;
import cn.oneseal.workflow.task.InboxFilter;
import cn.oneseal.workflow.task.TaskActs;
import cn.oneseal.workflow.task.WorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff's work list (待办任务): tasks they claimed and the unclaimed tasks of their posts, the most
 * urgent step deadline first, each with its countdown in working days and its card. Claiming takes
 * a task off colleagues' lists; releasing puts it back.
 */
@Named
@ViewScoped
public class TaskInboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Values of the filter toggle. */
  public static final String ALL = "all";

  public static final String MINE = "mine";
  public static final String UNCLAIMED = "unclaimed";

  /** An option of the item and step filters: a code and what it reads as. */
  public record Option(String value, String label) implements Serializable {}

  @Inject private Inbox inbox;

  @Inject private TaskActs acts;

  @Inject private CurrentActor currentActor;

  private List<WorkItem> tasks = List.of();
  private List<Option> itemOptions = List.of();
  private List<Option> stepOptions = List.of();
  private String filter = ALL;
  private String itemCode;
  private String step;
  private String card;
  private String sort = "deadline";

  /**
   * Reads the whole inbox for the filter options (the items and steps present), then the rows the
   * filters let through.
   */
  public void load() {
    FacesSupport.attempt(
        () -> {
          List<WorkItem> all =
              inbox.inbox(currentActor.require(), new InboxFilter(null, null, null, sort));
          Map<String, Option> items = new LinkedHashMap<>();
          Map<String, Option> steps = new LinkedHashMap<>();
          for (WorkItem w : all) {
            items.putIfAbsent(
                w.itemCode(),
                new Option(
                    w.itemCode(), w.itemCode() + " " + pick(w.itemNameZh(), w.itemNameEn())));
            steps.putIfAbsent(
                w.step(), new Option(w.step(), FacesSupport.text("step." + w.step())));
          }
          itemOptions = List.copyOf(items.values());
          stepOptions = List.copyOf(steps.values());
          tasks = blank(itemCode) && blank(step) && blank(card) ? all : filtered();
        });
  }

  /** Applies the item, step and card filters and the order. */
  @ReportsProblems
  public void search() {
    tasks = filtered();
  }

  private List<WorkItem> filtered() {
    return inbox.inbox(currentActor.require(), new InboxFilter(itemCode, step, card, sort));
  }

  private static String pick(String zh, String en) {
    return FacesSupport.locale().getLanguage().equals("en") && en != null ? en : zh;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public void claim(String taskId) {
    FacesSupport.attempt(
        () -> {
          WorkItem task = acts.claim(currentActor.require(), taskId);
          FacesSupport.info("inbox.claimed", task.applicationNumber());
        });
    load();
  }

  public void release(String taskId) {
    FacesSupport.attempt(
        () -> {
          acts.release(currentActor.require(), taskId);
          FacesSupport.info("inbox.released");
        });
    load();
  }

  /** The tasks the filter toggle lets through. */
  public List<WorkItem> getRows() {
    String me = currentActor.getUsername();
    return switch (filter == null ? ALL : filter) {
      case MINE -> tasks.stream().filter(t -> me != null && me.equals(t.assignee())).toList();
      case UNCLAIMED -> tasks.stream().filter(t -> !t.claimed()).toList();
      default -> tasks;
    };
  }

  public boolean isMine(WorkItem task) {
    return task.assignee() != null && task.assignee().equals(currentActor.getUsername());
  }

  /** Chiefs and the director see their section's (the bureau's) workload. */
  public boolean isWorkloadVisible() {
    return currentActor.has(Role.CHIEF.id()) || currentActor.has(Role.DIRECTOR.id());
  }

  public long getMineCount() {
    String me = currentActor.getUsername();
    return tasks.stream().filter(t -> me != null && me.equals(t.assignee())).count();
  }

  public long getUnclaimedCount() {
    return tasks.stream().filter(t -> !t.claimed()).count();
  }

  public List<Option> getItemOptions() {
    return itemOptions;
  }

  public List<Option> getStepOptions() {
    return stepOptions;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public String getItemCode() {
    return itemCode;
  }

  public void setItemCode(String itemCode) {
    this.itemCode = blank(itemCode) ? null : itemCode;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = blank(step) ? null : step;
  }

  public String getCard() {
    return card;
  }

  public void setCard(String card) {
    this.card = blank(card) ? null : card;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = "created".equals(sort) ? "created" : "deadline";
  }
}
