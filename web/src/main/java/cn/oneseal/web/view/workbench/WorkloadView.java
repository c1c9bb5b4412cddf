package cn.oneseal.web.view.workbench;

import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.application.StaffService;
import cn.oneseal.application.dto.StaffMember;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.task.InboxFilter;
import cn.oneseal.workflow.task.WorkItem;
import cn.oneseal.workflow.task.Workbench;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The chief's view of the section's work (the director's: the bureau's): every open task with its
 * holder, deadline and card, how much each person holds, and the bulk reassignment of ticked tasks
 * to one colleague with a comment — all or nothing.
 */
@Named
@ViewScoped
public class WorkloadView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One person's share: open tasks and how many carry a yellow or a red card. */
  public record Share(String holder, int tasks, int yellow, int red) implements Serializable {}

  @Inject private Workbench workbench;

  @Inject private StaffService staffService;

  @Inject private CurrentActor currentActor;

  private List<WorkItem> rows = List.of();
  private List<Share> shares = List.of();
  private List<StaffMember> staff = List.of();
  private List<WorkItem> selected = new ArrayList<>();
  private String colleague;
  private String comment;
  private boolean director;
  private long total;

  public void load() {
    FacesSupport.attemptLoading(
        () -> {
          Actor actor = currentActor.require();
          director = actor.has(Role.DIRECTOR);
          ResultPage<WorkItem> first = workbench.workload(actor, InboxFilter.all(), FIRST);
          rows = first.items();
          total = first.total();
          staff =
              staffService.staff(actor).stream()
                  .filter(
                      m -> director || m.section() == null || m.section().equals(actor.section()))
                  .filter(
                      m ->
                          m.roles().contains(Role.OFFICER.id())
                              || m.roles().contains(Role.CLERK.id()))
                  .toList();
          shares = sharesOf(actor);
          selected = new ArrayList<>();
        });
  }

  /** The most urgent tasks shown at once: the first page, read in the database. */
  private static final Paging FIRST = new Paging(0, 100, null, false);

  /**
   * Each colleague's share (and the unclaimed tasks'), counted in the database: three counts each,
   * no row read.
   */
  private List<Share> sharesOf(Actor actor) {
    List<Share> found = new ArrayList<>();
    share(actor, "unclaimed", WorkbenchTexts.text("workload.unclaimed")).ifPresent(found::add);
    staff.stream()
        .map(StaffMember::username)
        .sorted()
        .forEach(name -> share(actor, name, name).ifPresent(found::add));
    return found;
  }

  private java.util.Optional<Share> share(Actor actor, String holder, String label) {
    long tasks = workbench.workloadCount(actor, InboxFilter.all().withHolder(holder));
    if (tasks == 0) {
      return java.util.Optional.empty();
    }
    long yellow =
        workbench.workloadCount(actor, new InboxFilter(null, null, "yellow", null, holder));
    long red = workbench.workloadCount(actor, new InboxFilter(null, null, "red", null, holder));
    return java.util.Optional.of(new Share(label, (int) tasks, (int) yellow, (int) red));
  }

  /** Reassigns the ticked tasks to the chosen colleague; nothing changes on a refusal. */
  @ReportsProblems
  public void reassign() {
    if (selected == null || selected.isEmpty()) {
      FacesSupport.infoFrom(WorkbenchTexts.BUNDLE, "workload.reassign.none");
      return;
    }
    int done =
        workbench.reassign(
            currentActor.require(),
            selected.stream().map(WorkItem::id).toList(),
            colleague,
            comment);
    WorkbenchTexts.info("workload.reassigned", done, colleague);
    colleague = null;
    comment = null;
    load();
  }

  public boolean isDirector() {
    return director;
  }

  /** How many open tasks the section has in all (the table shows the most urgent page). */
  public long getTotal() {
    return total;
  }

  public List<WorkItem> getRows() {
    return rows;
  }

  public List<Share> getShares() {
    return shares;
  }

  public List<StaffMember> getStaff() {
    return staff;
  }

  public List<WorkItem> getSelected() {
    return selected;
  }

  public void setSelected(List<WorkItem> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getColleague() {
    return colleague;
  }

  public void setColleague(String colleague) {
    this.colleague = colleague;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
