package cn.oneseal.web.view.account;

import cn.oneseal.application.AccountService;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.security.SignInGate;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.LoginView;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Changing one's own password: the current one, the new one twice. A person whose password an
 * administrator set comes here first after signing in and can go nowhere else until it is done
 * ({@link SignInGate}).
 */
@Named
@RequestScoped
public class PasswordChangeView {

  @Inject private AccountService accounts;

  @Inject private CurrentActor currentActor;

  @Inject private SignInGate gate;

  @Inject private OneSealConfig config;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  /** Whether the person must change the password before anything else. */
  public boolean isRequired() {
    return SignInGate.of(AccountPages.request().getSession(false))
        .filter(SignInGate.PASSWORD_PAGE::equals)
        .isPresent();
  }

  @ReportsProblems
  public void change() {
    Actor actor = currentActor.require();
    boolean wasRequired = isRequired();
    if (newPassword == null || !newPassword.equals(confirmation)) {
      throw DomainException.invalidAll(
          List.of(DomainException.Detail.of("confirmation", "error.password.confirmation")));
    }
    char[] current = currentPassword == null ? new char[0] : currentPassword.toCharArray();
    currentPassword = null;
    accounts.changePassword(actor, current, newPassword, AccountPages.source(config));
    newPassword = null;
    confirmation = null;
    Optional<String> next = gate.apply(AccountPages.session(), actor.username());
    FacesSupport.infoAfterRedirect("account.password.changed");
    FacesSupport.redirect(
        next.orElse(wasRequired ? LoginView.home(actor) : SignInGate.PASSWORD_PAGE));
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
