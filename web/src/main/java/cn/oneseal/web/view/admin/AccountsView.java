package cn.oneseal.web.view.admin;

import cn.oneseal.application.AccountAdministration;
import cn.oneseal.application.dto.AccountView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

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
    model =
        new PagedModel<>(
            paging -> administration.page(currentActor.require(), search, paging),
            AccountView::username);
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
}
