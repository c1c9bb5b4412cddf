package cn.oneseal.web.view.admin;

import cn.oneseal.application.Paging;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.incident.IncidentInfo;
import cn.oneseal.workflow.incident.IncidentService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    model = new Incidents();
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

  /** Reads one page at a time from the engine, as the table asks for it. */
  private final class Incidents extends LazyDataModel<IncidentInfo> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      long[] total = {0};
      FacesSupport.attempt(
          () ->
              total[0] =
                  incidents.page(currentActor.require(), new Paging(0, 1, null, false)).total());
      return (int) Math.min(Integer.MAX_VALUE, total[0]);
    }

    @Override
    public List<IncidentInfo> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<IncidentInfo> page = new ArrayList<>();
      int size = Math.max(pageSize, 1);
      FacesSupport.attempt(
          () ->
              page.addAll(
                  incidents
                      .page(currentActor.require(), new Paging(first / size, size, null, false))
                      .items()));
      return page;
    }

    @Override
    public String getRowKey(IncidentInfo incident) {
      return incident.id();
    }

    @Override
    public IncidentInfo getRowData(String rowKey) {
      return null;
    }
  }
}
