package cn.oneseal.web.security;

import cn.oneseal.application.AccessTokenService;
import cn.oneseal.application.AccountService;
import cn.oneseal.application.AuthenticationResult;
import cn.oneseal.application.TwoFactorService;
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
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for both kinds of clients, because Jakarta Security allows only one:
 *
 * <ul>
 *   <li>people sign in on the login page ({@code LoginView} calls {@code
 *       SecurityContext.authenticate} with their credential) and stay signed in through their HTTP
 *       session until they sign out or the session idles out;
 *   <li>API clients send a personal access token ({@code Authorization: Bearer os_…}, checked by
 *       {@link AccessTokenService} at the cost of a digest) or HTTP Basic credentials with every
 *       request under {@code /api} and get a real {@code 401} with {@code WWW-Authenticate} when
 *       they don't, never a login page.
 * </ul>
 *
 * <p>Page sign-in of an account with a second factor takes two steps: the right password leaves the
 * sign-in pending in the session (nobody is signed in yet), and only a right code on the second
 * step ({@link SecondFactorCredential}) signs the session in, under a new session id. Too many
 * wrong codes end the pending sign-in. What a signed-in person must do first (change the password,
 * enrol) is the {@link SignInGate}'s.
 *
 * <p>Passwords are checked by {@link AccountService}, which slows repeated failures down per
 * account and per source address ({@link SourceAddress}) and finally locks an account. A signed-in
 * session gets a {@link CsrfToken} for the forms that end it; state-changing requests of other
 * sites are refused before they get here ({@link CrossSiteRequestFilter}).
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

  /** The session attributes of a sign-in waiting for its second factor. */
  static final String PENDING_USER = "oneseal.pending.user";

  static final String PENDING_SINCE = "oneseal.pending.since";
  static final String PENDING_FAILURES = "oneseal.pending.failures";

  /** Set on the login request whose password was right and whose second factor is asked next. */
  public static final String SECOND_STEP = "oneseal.login.secondStep";

  /** Set on an API request of an account that must change its password first. */
  public static final String PASSWORD_CHANGE_REQUIRED = "oneseal.passwordChangeRequired";

  /** Set on an API request authenticated by a token that may only read. */
  public static final String TOKEN_READ_ONLY = "oneseal.token.readOnly";

  /**
   * The {@link Actor} this request was authenticated as, read from the account moments before:
   * {@link CurrentActor} takes it instead of reading the account a second time.
   */
  static final String SIGNED_IN_ACTOR = "oneseal.signedInActor";

  /** Wrong codes that end a pending sign-in. */
  static final int SECOND_STEP_ATTEMPTS = 5;

  /** How long a pending sign-in waits for its code. */
  static final Duration SECOND_STEP_PATIENCE = Duration.ofMinutes(5);

  @Inject private AccountService accounts;

  @Inject private AccessTokenService tokens;

  @Inject private TwoFactorService twoFactor;

  @Inject private SignInGate gate;

  @Inject private OneSealConfig config;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      return formLogin(request, context, form);
    }
    if (credential instanceof SecondFactorCredential code) {
      return secondStep(request, context, code);
    }
    boolean api = isApi(request);
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokenLogin(request, context, authorization.substring(7).strip());
    }
    if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basicLogin(request, context, authorization.substring(6).strip());
    }
    Optional<Actor> fromSession = sessionActor(request, api);
    if (fromSession.isPresent()) {
      return loggedIn(request, context, fromSession.get());
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
    HttpSession session = request.getSession();
    if (twoFactor.requirement(actor.username()) == TwoFactorService.Requirement.CODE) {
      session.removeAttribute(SESSION_USER);
      session.removeAttribute(SignInGate.SESSION_GATE);
      session.setAttribute(PENDING_USER, actor.username());
      session.setAttribute(PENDING_SINCE, System.currentTimeMillis());
      session.setAttribute(PENDING_FAILURES, 0);
      request.setAttribute(SECOND_STEP, Boolean.TRUE);
      return context.doNothing(); // not signed in before the code
    }
    return signedIn(request, context, actor);
  }

  /** The code of the second step, for the sign-in the session holds pending. */
  private AuthenticationStatus secondStep(
      HttpServletRequest request, HttpMessageContext context, SecondFactorCredential credential) {
    HttpSession session = request.getSession(false);
    Object pending = session == null ? null : session.getAttribute(PENDING_USER);
    Object since = session == null ? null : session.getAttribute(PENDING_SINCE);
    if (pending == null
        || !(since instanceof Long started)
        || System.currentTimeMillis() - started > SECOND_STEP_PATIENCE.toMillis()) {
      endPending(session);
      request.setAttribute(LOGIN_FAILURE, "error.twoFactor.noPending");
      return AuthenticationStatus.SEND_FAILURE;
    }
    String username = pending.toString();
    TwoFactorService.Check check = twoFactor.check(username, credential.code(), source(request));
    Optional<Actor> actor =
        check == TwoFactorService.Check.WRONG ? Optional.empty() : accounts.actorOf(username);
    if (actor.isEmpty()) {
      int failures = (Integer) session.getAttribute(PENDING_FAILURES) + 1;
      if (failures >= SECOND_STEP_ATTEMPTS) {
        endPending(session);
        request.setAttribute(LOGIN_FAILURE, "error.twoFactor.tooManyCodes");
      } else {
        session.setAttribute(PENDING_FAILURES, failures);
        request.setAttribute(LOGIN_FAILURE, "error.twoFactor.codeWrong");
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    endPending(session);
    request.changeSessionId(); // signed in now: a new id again
    return signedIn(request, context, actor.get());
  }

  private AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, Actor actor) {
    HttpSession session = request.getSession();
    session.setAttribute(SESSION_USER, actor.username());
    gate.apply(session, actor.username());
    CsrfToken.issue(session);
    return loggedIn(request, context, actor);
  }

  /** Tells the container who signed in, and keeps the actor for {@link CurrentActor}. */
  private static AuthenticationStatus loggedIn(
      HttpServletRequest request, HttpMessageContext context, Actor actor) {
    request.setAttribute(SIGNED_IN_ACTOR, actor);
    return context.notifyContainerAboutLogin(actor.username(), actor.roleIds());
  }

  private static void endPending(HttpSession session) {
    if (session != null) {
      session.removeAttribute(PENDING_USER);
      session.removeAttribute(PENDING_SINCE);
      session.removeAttribute(PENDING_FAILURES);
    }
  }

  /** Whether this session holds a sign-in waiting for its second factor. */
  public static boolean hasPendingSignIn(HttpSession session) {
    return session != null && session.getAttribute(PENDING_USER) != null;
  }

  /**
   * A personal access token: no session, no password throttle (its secret cannot be guessed); a
   * refused one answers 401 with the reason where a caller is needed.
   */
  private AuthenticationStatus tokenLogin(
      HttpServletRequest request, HttpMessageContext context, String text) {
    AccessTokenService.Verdict verdict = tokens.check(text);
    if (verdict.actor().isEmpty()) {
      return refuse(request, context, verdict.refusal());
    }
    if (!verdict.mayWrite()) {
      request.setAttribute(TOKEN_READ_ONLY, Boolean.TRUE);
    }
    if (verdict.passwordChangeRequired()) {
      request.setAttribute(PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
    }
    Actor actor = verdict.actor().get();
    return loggedIn(request, context, actor);
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
    if (twoFactor.passwordChangeRequired(actor.username())) {
      request.setAttribute(PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
    }
    return loggedIn(request, context, actor);
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
