package cn.oneseal.web.view.application;

import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.CardEventView;
import cn.oneseal.application.dto.ClockView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.web.view.workbench.WorkbenchTexts;
import cn.oneseal.workflow.task.WorkItem;
import cn.oneseal.workflow.task.Workbench;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The time limit of one application (办理时限) beside its record: the applicant sees the deadlines and
 * the reasons of every extension; staff and supervisors also the card history (电子监察).
 */
@Named
@ViewScoped
public class ApplicationClockView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LegalClockService clocks;

  @Inject private CurrentActor currentActor;

  @Inject private Workbench workbench;

  private ClockView clock;
  private List<WorkItem> openTasks = List.of();
  private boolean urger;
  private String urgeTaskId;
  private String urgeComment;
  private String number;
  private List<CardEventView> cards = List.of();
  private boolean watcher;

  /** Reads the clock of an application the page has read; {@code null}: it could not. */
  @ReportsProblems
  public void load(ApplicationDetails details) {
    if (details == null) {
      return;
    }
    Actor actor = currentActor.require();
    clock = clocks.clockOf(actor, details.number());
    watcher = actor.isStaff() || actor.has(Role.SUPERVISOR);
    cards = watcher ? clocks.cardHistory(actor, details.number()) : List.of();
    number = details.number();
    urger = Workbench.mayUrge(actor);
    openTasks = urger ? workbench.openTasks(actor, number) : List.of();
  }

  /** 催办: the holder of the chosen open step is reminded, with the comment on record. */
  @ReportsProblems
  public void urge() {
    workbench.urge(currentActor.require(), urgeTaskId, urgeComment);
    FacesSupport.infoFrom(WorkbenchTexts.BUNDLE, "clock.urged", number);
    urgeComment = null;
    openTasks = workbench.openTasks(currentActor.require(), number);
  }

  /** The open steps with holder, deadline and card, for those who may urge. */
  public List<WorkItem> getOpenTasks() {
    return openTasks;
  }

  public boolean isUrger() {
    return urger;
  }

  public String getUrgeTaskId() {
    return urgeTaskId;
  }

  public void setUrgeTaskId(String urgeTaskId) {
    this.urgeTaskId = urgeTaskId;
  }

  public String getUrgeComment() {
    return urgeComment;
  }

  public void setUrgeComment(String urgeComment) {
    this.urgeComment = urgeComment;
  }

  public boolean isLoaded() {
    return clock != null;
  }

  public ClockView getClock() {
    return clock;
  }

  /** Staff and supervisors read the card history; the applicant does not. */
  public boolean isWatcher() {
    return watcher;
  }

  public List<CardEventView> getCards() {
    return cards;
  }
}
