package cn.oneseal.web.view.inspection;

import cn.oneseal.application.SpotCheckService;
import cn.oneseal.application.dto.InspectionPlanView;
import cn.oneseal.web.view.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The public list of inspection plans (双随机一公开), latest first, page by page. */
@Named
@ViewScoped
public class SpotCheckPlansView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SpotCheckService spotChecks;

  private LazyDataModel<InspectionPlanView> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(paging -> spotChecks.plans(paging), p -> String.valueOf(p.id()));
  }

  public LazyDataModel<InspectionPlanView> getModel() {
    return model;
  }
}
