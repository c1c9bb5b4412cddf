package cn.oneseal.web.view.shared;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.AuthenticationResult;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CsrfToken;
import cn.oneseal.web.security.OneSealAuthenticationMechanism;
import cn.oneseal.web.security.SignInGate;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
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

  @Inject private Clock clock;

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
      case SUCCESS ->
          FacesSupport.redirect(SignInGate.of(request.getSession(false)).orElse(target(name)));
      case SEND_CONTINUE -> context.responseComplete();
      default -> {
        if (request.getAttribute(OneSealAuthenticationMechanism.SECOND_STEP) != null) {
          // the password was right; the second factor comes next (SecondFactorView)
          request.getSession().setAttribute(SecondFactorView.NEXT, next == null ? "" : next);
          FacesSupport.redirect(SecondFactorView.PAGE);
        } else {
          refused(context, request);
        }
      }
    }
  }

  /**
   * A wrong user name or password is an ordinary page with a message, not an HTTP error (the same
   * words whether or not the name exists); too many attempts answer 429 with {@code Retry-After},
   * the page saying how long to wait.
   */
  private void refused(FacesContext context, HttpServletRequest request) {
    ExternalContext external = context.getExternalContext();
    DomainException refusal =
        request.getAttribute(OneSealAuthenticationMechanism.LOGIN_RESULT)
                instanceof AuthenticationResult result
            ? result.refusal(clock.instant())
            : new DomainException(DomainException.Kind.UNAUTHENTICATED, "error.login.invalid");
    if (!external.isResponseCommitted()) {
      external.setResponseStatus(
          refusal.retryAfter().isPresent() ? 429 : HttpServletResponse.SC_OK);
      refusal
          .retryAfter()
          .ifPresent(
              wait ->
                  external.setResponseHeader(
                      "Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
    }
    context.addMessage(
        FORM_ID,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, Messages.error(refusal, FacesSupport.locale()), null));
  }

  /**
   * Signs out. Only a form that carries the session's {@link CsrfToken} does (the header's sign-out
   * form does): another site that makes the browser post here gets 403 and the person stays signed
   * in. Without a signed-in session there is nothing to end.
   */
  public void logout() {
    FacesContext context = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    HttpSession session = request.getSession(false);
    if (session != null && request.getUserPrincipal() != null && !CsrfToken.matches(request)) {
      LOG.info("refused a sign-out without the session's token");
      try {
        context.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
      return;
    }
    try {
      request.logout();
    } catch (ServletException e) {
      // The session is invalidated below, which signs the person out all the same.
      LOG.log(Level.FINE, "container logout failed; invalidating the session", e);
    }
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

  public static String home(Actor actor) {
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
