package cn.oneseal.web.view.account;

import cn.oneseal.application.AccessTokenService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.dto.AccessTokenView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One's own personal access tokens: create one (its text is shown this once), see them all (the
 * latest 100), revoke one.
 */
@Named
@ViewScoped
public class TokensView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Paging LATEST = new Paging(0, 100, null, false);

  @Inject private AccessTokenService tokens;

  @Inject private CurrentActor currentActor;

  @Inject private OneSealConfig config;

  private List<AccessTokenView> list = List.of();
  private long total;
  private String name;
  private List<String> scopes = new ArrayList<>(List.of("read"));
  private Integer days = 90;
  private String created;

  public void load() {
    FacesSupport.attemptLoading(
        () -> {
          var page = tokens.mine(currentActor.require(), LATEST);
          list = page.items();
          total = page.total();
        });
  }

  @ReportsProblems
  public void create() {
    Actor actor = currentActor.require();
    AccessTokenService.Created done =
        tokens.create(
            actor,
            name,
            scopes == null ? null : new LinkedHashSet<>(scopes),
            days,
            AccountPages.source(config));
    created = done.text();
    name = null;
    load();
  }

  @ReportsProblems
  public void revoke(long id) {
    tokens.revoke(currentActor.require(), id, AccountPages.source(config));
    created = null;
    FacesSupport.info("account.tokens.revoked");
    load();
  }

  public List<AccessTokenView> getList() {
    return list;
  }

  public long getTotal() {
    return total;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  /** The text of the token just created; shown once, gone at the next action or visit. */
  public String getCreated() {
    return created;
  }
}
