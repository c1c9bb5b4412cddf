package cn.oneseal.web.view.citizen;

import cn.oneseal.application.ApplicationDraftService;
import cn.oneseal.application.ApplicationFilter;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.dto.ApplicationDraftView;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** An applicant's own applications (我的申请), newest first, and the drafts not yet filed. */
@Named
@ViewScoped
public class MyApplicationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationService applications;

  @Inject private CurrentActor currentActor;

  @Inject private ApplicationDraftService drafts;

  private PagedModel<ApplicationSummary> model;

  private List<ApplicationDraftView> draftRows = List.of();

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            paging ->
                applications.summaryPage(currentActor.require(), ApplicationFilter.any(), paging),
            ApplicationSummary::number);
  }

  @ReportsProblems
  public void load() {
    draftRows = drafts.mine(currentActor.require());
  }

  /** Deletes an unsent draft (申请草稿) with its files. */
  @ReportsProblems
  public void discard(long id) {
    drafts.discard(currentActor.require(), id);
    draftRows = drafts.mine(currentActor.require());
    FacesSupport.info("apply.draft.deleted");
  }

  /** The citizen's unsent drafts of ordinary applications, the latest changed first. */
  public List<ApplicationDraftView> getDrafts() {
    return draftRows;
  }

  /** The applicant's applications, newest first, one page at a time from the database. */
  public LazyDataModel<ApplicationSummary> getModel() {
    return model;
  }
}
