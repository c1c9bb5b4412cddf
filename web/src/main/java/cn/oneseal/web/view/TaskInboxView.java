package cn.oneseal.web.view;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import cn.oneseal.workflow.task.WorkItem;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The staff's work list (待办任务): tasks they claimed and the unclaimed tasks of their posts, oldest
 * first. Claiming takes a task off colleagues' lists; releasing puts it back.
 */
@Named
@ViewScoped
public class TaskInboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Values of the filter toggle. */
  public static final String ALL = "all";

  public static final String MINE = "mine";
  public static final String UNCLAIMED = "unclaimed";

  @Inject private LicensingWorkflow workflow;

  @Inject private CurrentActor currentActor;

  private List<WorkItem> tasks = List.of();
  private String filter = ALL;

  public void load() {
    try {
      tasks = workflow.inbox(currentActor.require());
    } catch (DomainException e) {
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  public void claim(String taskId) {
    try {
      WorkItem task = workflow.claim(currentActor.require(), taskId);
      FacesSupport.info("inbox.claimed", task.applicationNumber());
    } catch (DomainException e) {
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
    load();
  }

  public void release(String taskId) {
    try {
      workflow.release(currentActor.require(), taskId);
      FacesSupport.info("inbox.released");
    } catch (DomainException e) {
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
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

  public long getMineCount() {
    String me = currentActor.getUsername();
    return tasks.stream().filter(t -> me != null && me.equals(t.assignee())).count();
  }

  public long getUnclaimedCount() {
    return tasks.stream().filter(t -> !t.claimed()).count();
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }
}
