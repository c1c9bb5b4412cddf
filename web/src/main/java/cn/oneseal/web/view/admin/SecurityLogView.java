package cn.oneseal.web.view.admin;

import cn.oneseal.application.Paging;
import cn.oneseal.application.SecurityLog;
import cn.oneseal.application.dto.SecurityEventView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
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

/** The security log for the audit administrator, newest first, optionally of one account. */
@Named
@ViewScoped
public class SecurityLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityLog log;

  @Inject private CurrentActor currentActor;

  private String account;

  private LazyDataModel<SecurityEventView> model;

  @PostConstruct
  void init() {
    model = new Events();
  }

  public LazyDataModel<SecurityEventView> getModel() {
    return model;
  }

  /** The event kind in words; a kind without words yet shows as its code. */
  public String kindLabel(String kind) {
    return cn.oneseal.web.i18n.Messages.textOr(
        "cn.oneseal.web.i18n.messages", "securityLog.kind." + kind, kind, FacesSupport.locale());
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  private final class Events extends LazyDataModel<SecurityEventView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      long[] total = {0};
      FacesSupport.attempt(
          () ->
              total[0] =
                  log.page(currentActor.require(), account, new Paging(0, 1, null, false)).total());
      return (int) Math.min(Integer.MAX_VALUE, total[0]);
    }

    @Override
    public List<SecurityEventView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<SecurityEventView> page = new ArrayList<>();
      int size = Math.max(pageSize, 1);
      FacesSupport.attempt(
          () ->
              page.addAll(
                  log.page(
                          currentActor.require(),
                          account,
                          new Paging(first / size, size, null, false))
                      .items()));
      return page;
    }

    @Override
    public String getRowKey(SecurityEventView event) {
      return String.valueOf(event.id());
    }

    @Override
    public SecurityEventView getRowData(String rowKey) {
      return null;
    }
  }
}
