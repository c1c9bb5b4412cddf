package cn.oneseal.web.view;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.incident.IncidentInfo;
import cn.oneseal.workflow.incident.IncidentService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
  public void retry() {
    try {
      IncidentInfo retried =
          incidents.retry(currentActor.require(), FacesSupport.param("incident"));
      FacesSupport.infoFrom(
          AdminChannelsView.ADMIN_BUNDLE,
          "incidents.retried",
          retried.activityName(),
          retried.applicationNumber() == null ? "—" : retried.applicationNumber());
    } catch (DomainException e) {
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  /** Reads one page at a time from the engine, as the table asks for it. */
  private final class Incidents extends LazyDataModel<IncidentInfo> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      try {
        return (int)
            Math.min(Integer.MAX_VALUE, incidents.page(currentActor.require(), 0, 1).total());
      } catch (DomainException e) {
        FacesSupport.error(e);
        return 0;
      } catch (EJBException e) {
        FacesSupport.unexpected(e);
        return 0;
      }
    }

    @Override
    public List<IncidentInfo> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      try {
        int size = Math.min(Math.max(pageSize, 1), IncidentService.MAX_SIZE);
        return incidents.page(currentActor.require(), first / size, size).items();
      } catch (DomainException e) {
        FacesSupport.error(e);
        return List.of();
      } catch (EJBException e) {
        FacesSupport.unexpected(e);
        return List.of();
      }
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
