package cn.oneseal.web.view.citizen;

import cn.oneseal.application.ApplicationFilter;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** An applicant's own applications (我的申请), newest first. */
@Named
@ViewScoped
public class MyApplicationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationService applications;

  @Inject private CurrentActor currentActor;

  private List<ApplicationSummary> rows = List.of();

  @ReportsProblems
  public void load() {
    rows = applications.summaries(currentActor.require(), ApplicationFilter.any());
  }

  public List<ApplicationSummary> getRows() {
    return rows;
  }
}
