package cn.oneseal.web.view.shared;

import cn.oneseal.application.AccountService;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.OneSealAuthenticationMechanism;
import cn.oneseal.web.security.SecondFactorCredential;
import cn.oneseal.web.security.SignInGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The second step of page sign-in: the code of the person's authenticator app, or one of their
 * recovery codes, for the sign-in their session holds pending after the right password. Only a
 * right code signs the session in; too many wrong ones end the pending sign-in.
 */
@Named
@RequestScoped
public class SecondFactorView {

  public static final String PAGE = "/second-factor.xhtml";

  /** The session attribute: where to go once signed in (the page asked for at sign-in). */
  static final String NEXT = "oneseal.pending.next";

  static final String FORM_ID = "codeForm";

  @Inject private SecurityContext securityContext;

  @Inject private AccountService accounts;

  private String code;

  /** Whether a sign-in waits for its code (else the page sends the person back to sign in). */
  public boolean isPending() {
    HttpServletRequest request = request();
    return OneSealAuthenticationMechanism.hasPendingSignIn(request.getSession(false));
  }

  public void verify() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = request();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    HttpSession before = request.getSession(false);
    Object next = before == null ? null : before.getAttribute(NEXT);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new SecondFactorCredential(code == null ? "" : code.strip()))
                .newAuthentication(true));
    code = null;
    if (status == AuthenticationStatus.SUCCESS) {
      HttpSession session = request.getSession();
      session.removeAttribute(NEXT);
      String username = request.getUserPrincipal().getName();
      FacesSupport.redirect(SignInGate.of(session).orElseGet(() -> destination(username, next)));
      return;
    }
    Object failure = request.getAttribute(OneSealAuthenticationMechanism.LOGIN_FAILURE);
    if (!external.isResponseCommitted()) {
      external.setResponseStatus(HttpServletResponse.SC_OK);
    }
    context.addMessage(
        FORM_ID,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Messages.error(
                new DomainException(
                    DomainException.Kind.UNAUTHENTICATED,
                    failure == null ? "error.twoFactor.codeWrong" : failure.toString()),
                FacesSupport.locale()),
            null));
  }

  private String destination(String username, Object next) {
    if (next != null && LoginView.isLocalPath(next.toString())) {
      return next.toString();
    }
    Optional<Actor> actor = accounts.actorOf(username);
    return actor.map(LoginView::home).orElse("/index.xhtml");
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
