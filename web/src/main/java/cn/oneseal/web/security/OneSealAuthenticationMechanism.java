package cn.oneseal.web.security;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.AuthenticationResult;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for both kinds of clients, because Jakarta Security allows only one:
 *
 * <ul>
 *   <li>people sign in on the login page ({@code LoginView} calls {@code
 *       SecurityContext.authenticate} with their credential) and stay signed in through their HTTP
 *       session until they sign out or the session idles out;
 *   <li>API clients send HTTP Basic credentials with every request under {@code /api} and get a
 *       real {@code 401} with {@code WWW-Authenticate} when they don't, never a login page.
 * </ul>
 *
 * Passwords are checked by {@link AccountService}, which slows repeated failures down per account
 * and per source address ({@link SourceAddress}) and finally locks an account. A signed-in session
 * gets a {@link CsrfToken} for the forms that end it; state-changing requests of other sites are
 * refused before they get here ({@link CrossSiteRequestFilter}).
 */
@ApplicationScoped
public class OneSealAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The user name of a page session. */
  static final String SESSION_USER = "oneseal.user";

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Set on an API request whose credentials were refused: the message code of the reason. */
  public static final String LOGIN_FAILURE = "oneseal.login.failure";

  /**
   * Set on a request whose sign-in was refused: the {@link AuthenticationResult}, which says why
   * (wrong credentials 401; too many attempts or a locked account 429 with {@code Retry-After}).
   */
  public static final String LOGIN_RESULT = "oneseal.login.result";

  @Inject private AccountService accounts;

  @Inject private OneSealConfig config;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      return formLogin(request, context, form);
    }
    boolean api = isApi(request);
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basicLogin(request, context, authorization.substring(6).strip());
    }
    Optional<Actor> fromSession = sessionActor(request, api);
    if (fromSession.isPresent()) {
      return context.notifyContainerAboutLogin(
          fromSession.get().username(), fromSession.get().roleIds());
    }
    if (context.isProtected() && !api) {
      return context.redirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?next="
              + URLEncoder.encode(requested(request), StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_USER);
    }
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
    AuthenticationResult result =
        accounts.authenticate(form.getCaller(), form.getPassword().getValue(), source(request));
    if (result.authenticated().isEmpty()) {
      request.setAttribute(LOGIN_RESULT, result);
      return AuthenticationStatus.SEND_FAILURE;
    }
    Actor actor = result.authenticated().get();
    request.getSession(true);
    request.changeSessionId(); // no session fixation
    request.getSession().setAttribute(SESSION_USER, actor.username());
    CsrfToken.issue(request.getSession());
    return context.notifyContainerAboutLogin(actor.username(), actor.roleIds());
  }

  private AuthenticationStatus basicLogin(
      HttpServletRequest request, HttpMessageContext context, String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return refuse(request, context, "error.login.invalid");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return refuse(request, context, "error.login.invalid");
    }
    AuthenticationResult result =
        accounts.authenticate(
            decoded.substring(0, colon),
            decoded.substring(colon + 1).toCharArray(),
            source(request));
    if (result.authenticated().isEmpty()) {
      request.setAttribute(LOGIN_RESULT, result);
      return refuse(request, context, "error.login.invalid");
    }
    Actor actor = result.authenticated().get();
    return context.notifyContainerAboutLogin(actor.username(), actor.roleIds());
  }

  /**
   * A page session also counts for reading the API (a signed-in citizen downloads a file), but
   * never for changing anything through it: changes through the API need explicit credentials.
   */
  private Optional<Actor> sessionActor(HttpServletRequest request, boolean api) {
    if (api && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(SESSION_USER);
    return user == null ? Optional.empty() : accounts.actorOf(user.toString());
  }

  /**
   * Wrong API credentials: the request goes on unauthenticated, with the reason noted, and every
   * endpoint that needs a caller answers 401 with that reason ({@link CurrentActor#require()}).
   * Answering here instead would make the container replace the JSON by its own error page.
   */
  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpMessageContext context, String code) {
    request.setAttribute(LOGIN_FAILURE, code);
    return context.doNothing();
  }

  private String source(HttpServletRequest request) {
    return SourceAddress.of(request, config.trustedProxies());
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.equals("/api");
  }

  private static String requested(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }
}
