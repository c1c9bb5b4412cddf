package cn.oneseal.web.view.shared;

import cn.oneseal.application.AccountAdministration;
import cn.oneseal.application.dto.AccountView;
import cn.oneseal.application.dto.CitizenSignUp;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A citizen's own registration ({@code /register.xhtml}); afterwards she signs in. */
@Named
@ViewScoped
public class SignUpView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountAdministration administration;

  @Inject private CurrentActor currentActor;

  @Inject private OneSealConfig config;

  private final CitizenSignUp form = new CitizenSignUp();

  @ReportsProblems
  public String register() {
    AccountView created = administration.register(form, currentActor.source());
    FacesSupport.infoAfterRedirect("signup.done", created.username());
    return "/login.xhtml?faces-redirect=true";
  }

  public String getPasswordHint() {
    return FacesSupport.text("signup.passwordHint", config.passwordPolicy().minLength());
  }

  public CitizenSignUp getForm() {
    return form;
  }
}
