package cn.oneseal.web.view.evaluation;

import cn.oneseal.application.EvaluationService;
import cn.oneseal.application.dto.EvaluationView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.evaluation.EvaluationFollowUps;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The supervision's list of the follow-ups of negative ratings (差评整改), soonest deadline first with
 * their cards, page by page; a supervisor urges (督办) an open one with a note the chief is told.
 */
@Named
@ViewScoped
public class FollowUpsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EvaluationService evaluations;

  @Inject private EvaluationFollowUps followUps;

  @Inject private CurrentActor currentActor;

  private LazyDataModel<EvaluationView> model;

  private String status = "";

  private String note;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            paging -> evaluations.followUps(currentActor.require(), status, paging),
            e -> String.valueOf(e.id()));
  }

  /** Urges the follow-up named by the request parameter {@code followUp}, as rendered. */
  @ReportsProblems
  public void urge() {
    long id;
    try {
      id = Long.parseLong(FacesSupport.param("followUp"));
    } catch (NumberFormatException e) {
      throw cn.oneseal.domain.shared.DomainException.notFound(
          "error.evaluation.followUpNotFound", FacesSupport.param("followUp"));
    }
    EvaluationView urged = followUps.urge(currentActor.require(), id, note);
    note = null;
    FacesSupport.info("followUps.urged", urged.applicationNumber());
  }

  public boolean isSupervisor() {
    return currentActor.has("supervisor");
  }

  public LazyDataModel<EvaluationView> getModel() {
    return model;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
