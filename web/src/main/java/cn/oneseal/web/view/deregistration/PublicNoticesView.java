package cn.oneseal.web.view.deregistration;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.application.deregistration.DeregistrationViews.NoticeView;
import cn.oneseal.web.view.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The public list of simplified deregistration notices (/public-notices.xhtml), latest first, page
 * by page; the table reflows into cards on a phone.
 */
@Named
@ViewScoped
public class PublicNoticesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DeregistrationService deregistrations;

  private LazyDataModel<NoticeView> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(paging -> deregistrations.notices(paging), NoticeView::id);
  }

  public LazyDataModel<NoticeView> getModel() {
    return model;
  }
}
