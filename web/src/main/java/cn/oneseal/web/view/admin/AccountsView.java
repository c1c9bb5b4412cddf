package cn.oneseal.web.view.admin;

import cn.oneseal.application.AccountAdministration;
import cn.oneseal.application.Paging;
import cn.oneseal.application.dto.AccountView;
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

/**
 * The accounts for the system and security administrators: searched by user name, name or staff
 * number, read page by page from the database; each row leads to the account's page, where each
 * administrator finds the acts that are theirs.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountAdministration administration;

  @Inject private CurrentActor currentActor;

  private String search;

  private LazyDataModel<AccountView> model;

  @PostConstruct
  void init() {
    model = new Accounts();
  }

  public LazyDataModel<AccountView> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  /** Reads one page at a time, as the table asks for it. */
  private final class Accounts extends LazyDataModel<AccountView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      long[] total = {0};
      FacesSupport.attempt(
          () ->
              total[0] =
                  administration
                      .page(currentActor.require(), search, new Paging(0, 1, null, false))
                      .total());
      return (int) Math.min(Integer.MAX_VALUE, total[0]);
    }

    @Override
    public List<AccountView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<AccountView> page = new ArrayList<>();
      int size = Math.max(pageSize, 1);
      FacesSupport.attempt(
          () ->
              page.addAll(
                  administration
                      .page(
                          currentActor.require(),
                          search,
                          new Paging(first / size, size, null, false))
                      .items()));
      return page;
    }

    @Override
    public String getRowKey(AccountView account) {
      return account.username();
    }

    @Override
    public AccountView getRowData(String rowKey) {
      return null;
    }
  }
}
