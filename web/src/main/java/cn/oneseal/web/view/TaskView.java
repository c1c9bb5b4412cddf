package cn.oneseal.web.view;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Outcome;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import cn.oneseal.workflow.task.Completion;
import cn.oneseal.workflow.task.WorkItem;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One task of a member of staff: the application as the applicant filed it, and the decision this
 * step takes — at the window accept, refuse to accept, or list every missing material at once
 * (一次性告知); in review a recommendation; at the director a decision.
 */
@Named
@ViewScoped
public class TaskView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A choice of the outcome radio. */
  public record Choice(String value, String label) implements Serializable {}

  @Inject private LicensingWorkflow workflow;

  @Inject private ApplicationService applications;

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  private String taskId;
  private WorkItem task;
  private ItemSheet item;
  private ApplicationPresentation page;

  private String outcome;
  private List<String> missing = new ArrayList<>();
  private String missingOther;
  private String opinion;

  public void load() {
    try {
      Actor actor = currentActor.require();
      task = workflow.task(actor, taskId);
      readApplication(actor);
    } catch (DomainException e) {
      FacesSupport.error(e);
      FacesSupport.statusFor(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  private void readApplication(Actor actor) {
    Locale locale = FacesSupport.locale();
    ApplicationDetails details = applications.details(actor, task.applicationNumber());
    item =
        catalog
            .version(details.itemCode(), details.itemVersion())
            .map(i -> ItemSheet.of(i, locale))
            .orElse(null);
    page = new ApplicationPresentation(details, item, locale);
  }

  public void claim() {
    try {
      task = workflow.claim(currentActor.require(), taskId);
      FacesSupport.info("inbox.claimed", task.applicationNumber());
    } catch (DomainException e) {
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  public String release() {
    try {
      workflow.release(currentActor.require(), taskId);
      FacesSupport.infoAfterRedirect("inbox.released");
      return "/staff/inbox.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
    return null;
  }

  public String complete() {
    try {
      List<String> listed = Outcome.CORRECT.equals(outcome) ? missingList() : null;
      Completion done =
          workflow.complete(currentActor.require(), taskId, outcome, blankToNull(opinion), listed);
      FacesSupport.infoAfterRedirect(
          "task.completed", done.applicationNumber(), FacesSupport.text("status." + done.status()));
      return "/staff/inbox.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
    return null;
  }

  /** The ticked materials (by code) and every non-empty line of the free text, each once. */
  private List<String> missingList() {
    List<String> list = new ArrayList<>(missing == null ? List.of() : missing);
    if (missingOther != null) {
      Arrays.stream(missingOther.split("\\R"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .filter(s -> !list.contains(s))
          .forEach(list::add);
    }
    return list;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isLoaded() {
    return task != null && page != null;
  }

  public boolean isMine() {
    return task != null
        && task.assignee() != null
        && task.assignee().equals(currentActor.getUsername());
  }

  public boolean isAcceptStep() {
    return task != null && Task.ACCEPT.equals(task.step());
  }

  public boolean isCorrecting() {
    return isAcceptStep() && Outcome.CORRECT.equals(outcome);
  }

  /** The outcomes this step offers. */
  public List<Choice> getChoices() {
    if (task == null) {
      return List.of();
    }
    return switch (task.step()) {
      case Task.ACCEPT ->
          List.of(
              choice(Outcome.ACCEPT, "outcome.accept"),
              choice(Outcome.CORRECT, "outcome.correct"),
              choice(Outcome.REFUSE, "outcome.refuse"));
      case Task.REVIEW ->
          List.of(
              choice(Outcome.APPROVE, "recommendation.approve"),
              choice(Outcome.DENY, "recommendation.deny"));
      case Task.DECIDE ->
          List.of(choice(Outcome.APPROVE, "outcome.approve"), choice(Outcome.DENY, "outcome.deny"));
      case Task.SITE_INSPECTION, Task.EXPERT_REVIEW, Task.HEARING, Task.PUBLIC_NOTICE ->
          List.of(choice(Outcome.DONE, "outcome.done"));
      default -> List.of();
    };
  }

  private static Choice choice(String value, String key) {
    return new Choice(value, FacesSupport.text(key));
  }

  /**
   * The bundle key of the opinion's label, which says what the text is for and if it is required.
   */
  public String getOpinionKey() {
    if (task == null) {
      return "task.opinion";
    }
    return switch (task.step()) {
      case Task.ACCEPT ->
          Outcome.REFUSE.equals(outcome)
              ? "task.opinion.refuse"
              : Outcome.CORRECT.equals(outcome) ? "task.opinion.correct" : "task.opinion.accept";
      case Task.REVIEW -> "task.opinion.review";
      case Task.DECIDE ->
          Outcome.DENY.equals(outcome) ? "task.opinion.deny" : "task.opinion.approve";
      case Task.SITE_INSPECTION, Task.EXPERT_REVIEW, Task.HEARING, Task.PUBLIC_NOTICE ->
          "task.opinion.specialStep";
      default -> "task.opinion";
    };
  }

  public List<ItemSheet.MaterialLine> getMaterialChoices() {
    return item == null ? List.of() : item.materials();
  }

  public WorkItem getTask() {
    return task;
  }

  public ApplicationPresentation getPage() {
    return page;
  }

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public List<String> getMissing() {
    return missing;
  }

  public void setMissing(List<String> missing) {
    this.missing = missing;
  }

  public String getMissingOther() {
    return missingOther;
  }

  public void setMissingOther(String missingOther) {
    this.missingOther = missingOther;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }
}
