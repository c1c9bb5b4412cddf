package cn.oneseal.web.view.workbench;

import cn.oneseal.application.CatalogQuery;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
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
import org.primefaces.model.LazyDataModel;

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

  @Inject private CatalogService catalog;

  private final LazyDataModel<WorkItem> rows = new PagedModel<>(this::page, WorkItem::id);
  private List<Option> itemOptions = List.of();
  private List<Option> stepOptions = List.of();
  private String filter = ALL;
  private String itemCode;
  private String step;
  private String card;
  private String sort = "deadline";
  private long mineCount;
  private long unclaimedCount;

  /**
   * The filter options (the items of the sections I read, the steps of my roles) and the counts of
   * the toggle; the table reads only the page it shows ({@link #page}).
   */
  public void load() {
    FacesSupport.attempt(
        () -> {
          Actor actor = currentActor.require();
          itemOptions =
              catalog
                  .search(new CatalogQuery(null, null, actor.readingSection(), null, null))
                  .stream()
                  .map(
                      i ->
                          new Option(
                              i.code(),
                              i.code()
                                  + " "
                                  + pick(i.content().name().zh(), i.content().name().en())))
                  .toList();
          Map<String, Option> steps = new LinkedHashMap<>();
          for (StepDefinition d : StepCatalogue.all()) {
            if (actor.roleIds().contains(d.role())) {
              steps.putIfAbsent(
                  d.taskKey(), new Option(d.taskKey(), FacesSupport.text("step." + d.taskKey())));
            }
          }
          stepOptions = List.copyOf(steps.values());
          count(actor);
        });
  }

  /** Applies the item, step and card filters and the order: the table starts again at page 1. */
  @ReportsProblems
  public void search() {
    count(currentActor.require());
  }

  private void count(Actor actor) {
    Paging one = new Paging(0, 1, null, false);
    mineCount = inbox.inbox(actor, filters().withHolder(MINE), one).total();
    unclaimedCount = inbox.inbox(actor, filters().withHolder(UNCLAIMED), one).total();
  }

  /** One page of the rows the filters and the toggle let through. */
  private ResultPage<WorkItem> page(Paging paging) {
    String holder = filter == null || ALL.equals(filter) ? null : filter;
    return inbox.inbox(
        currentActor.require(),
        filters().withHolder(holder),
        new Paging(paging.page(), paging.size(), sort, false));
  }

  private InboxFilter filters() {
    return new InboxFilter(itemCode, step, card, sort);
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

  /** The tasks the filters and the toggle let through, one page read at a time. */
  public LazyDataModel<WorkItem> getRows() {
    return rows;
  }

  public boolean isMine(WorkItem task) {
    return task.assignee() != null && task.assignee().equals(currentActor.getUsername());
  }

  /** Chiefs and the director see their section's (the bureau's) workload. */
  public boolean isWorkloadVisible() {
    return currentActor.has(Role.CHIEF.id()) || currentActor.has(Role.DIRECTOR.id());
  }

  public long getMineCount() {
    return mineCount;
  }

  public long getUnclaimedCount() {
    return unclaimedCount;
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
