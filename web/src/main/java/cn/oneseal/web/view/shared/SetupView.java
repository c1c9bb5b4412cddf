package cn.oneseal.web.view.shared;

import cn.oneseal.application.InstallationSetup;
import cn.oneseal.application.dto.AccountView;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The first system administrator of a fresh installation ({@code /setup.xhtml}). */
@Named
@RequestScoped
public class SetupView {

  @Inject private InstallationSetup setup;

  @Inject private CurrentActor currentActor;

  private String token;
  private String username;
  private String displayName;
  private String password;

  @ReportsProblems
  public String complete() {
    AccountView created =
        setup.complete(token, username, displayName, password, currentActor.source());
    FacesSupport.infoAfterRedirect("setup.done", created.username());
    return "/login.xhtml?faces-redirect=true";
  }

  public boolean isOpen() {
    return setup.open();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
