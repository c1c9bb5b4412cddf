package cn.oneseal.web.view.admin;

import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.incident.IncidentInfo;
import cn.oneseal.workflow.incident.IncidentService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The process engine's incidents for administrators: every automatic step whose retries ran out,
 * page by page as the engine holds them, with a retry per row once the cause is gone.
 */
@Named
@ViewScoped
public class AdminIncidentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IncidentService incidents;

  @Inject private CurrentActor currentActor;

  private LazyDataModel<IncidentInfo> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            paging -> incidents.page(currentActor.require(), paging), IncidentInfo::id);
  }

  public LazyDataModel<IncidentInfo> getModel() {
    return model;
  }

  /**
   * Runs the job of the incident named by the request parameter {@code incident} again now; the row
   * disappears once the engine has taken it up. The id comes as the page rendered it, not from the
   * row at the same position now, which may be another incident.
   */
  @ReportsProblems
  public void retry() {
    IncidentInfo retried = incidents.retry(currentActor.require(), FacesSupport.param("incident"));
    FacesSupport.infoFrom(
        AdminChannelsView.ADMIN_BUNDLE,
        "incidents.retried",
        retried.activityName(),
        retried.applicationNumber() == null ? "—" : retried.applicationNumber());
  }
}
