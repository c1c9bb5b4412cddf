package cn.oneseal.web.view.shared;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.AuthenticationResult;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.OneSealAuthenticationMechanism;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing in and out on the login page. The login page is stateless (a sign-in form never expires),
 * so this bean lives for one request and carries the page to return to in a hidden field.
 */
@Named
@RequestScoped
public class LoginView {

  private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

  /** The form whose message list shows sign-in failures. */
  static final String FORM_ID = "loginForm";

  @Inject private SecurityContext securityContext;

  @Inject private AccountService accounts;

  @Inject private OneSealConfig config;

  private String username;
  private String password;
  private String next;

  @PostConstruct
  void init() {
    next = FacesSupport.param("next");
  }

  public void login() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String name = username == null ? "" : username.strip();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        name, new Password(password == null ? "" : password)))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> FacesSupport.redirect(target(name));
      case SEND_CONTINUE -> context.responseComplete();
      default -> {
        // A failed sign-in is an ordinary page with a message, not an HTTP error.
        if (!external.isResponseCommitted()) {
          external.setResponseStatus(HttpServletResponse.SC_OK);
        }
        Object outcome = request.getAttribute(OneSealAuthenticationMechanism.LOGIN_OUTCOME);
        String code =
            outcome == AuthenticationResult.Outcome.LOCKED
                ? "error.login.locked"
                : "error.login.invalid";
        context.addMessage(
            FORM_ID,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, Messages.error(code, FacesSupport.locale()), null));
      }
    }
  }

  public void logout() {
    FacesContext context = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    try {
      request.logout();
    } catch (ServletException e) {
      // The session is invalidated below, which signs the person out all the same.
      LOG.log(Level.FINE, "container logout failed; invalidating the session", e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    FacesSupport.redirect("/index.xhtml");
  }

  /**
   * Where to go after signing in: the page asked for if it is one of ours, else the role's home.
   */
  private String target(String name) {
    if (isLocalPath(next)) {
      return next;
    }
    Optional<Actor> actor = accounts.actorOf(name);
    return actor.map(LoginView::home).orElse("/index.xhtml");
  }

  static String home(Actor actor) {
    if (actor.has(Role.CITIZEN)) {
      return "/citizen/applications.xhtml";
    }
    if (actor.isStaff()) {
      return "/staff/inbox.xhtml";
    }
    if (actor.has(Role.SUPERVISOR)) {
      return "/supervisor/applications.xhtml";
    }
    return "/index.xhtml";
  }

  /** Only paths of this application: no other host ("//host", "/\host"), no header injection. */
  static boolean isLocalPath(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/\\")
        && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f)
        && !path.startsWith("/login.xhtml");
  }

  /** The installation runs with the demo accounts: the login page names them. */
  public boolean isDemo() {
    return config.demo();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
