package cn.oneseal.web.security;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.AuthenticationResult;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;

/**
 * The person behind the current request, as the domain services want it. Roles are read from the
 * account on every request (once: the sign-in of the request reads it), so a role taken away takes
 * effect at once.
 */
@Named("currentActor")
@RequestScoped
public class CurrentActor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityContext securityContext;

  @Inject private AccountService accounts;

  @Inject private HttpServletRequest request;

  @Inject private Clock clock;

  @Inject private cn.oneseal.infrastructure.config.OneSealConfig config;

  private transient Optional<Actor> actor;

  public Optional<Actor> optional() {
    if (actor == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal == null) {
        actor = Optional.empty();
      } else if (request.getAttribute(OneSealAuthenticationMechanism.SIGNED_IN_ACTOR)
              instanceof Actor signedIn
          && signedIn.username().equals(principal.getName())) {
        actor = Optional.of(signedIn); // read from the account by this request's sign-in
      } else {
        actor = accounts.actorOf(principal.getName());
      }
    }
    return actor;
  }

  /**
   * The signed-in actor; anonymous callers are refused with "sign in first" (401), wrong
   * credentials with "wrong user name or password" (401), and credentials sent too often or for a
   * locked account with "too many attempts" (429) and the time to wait.
   */
  public Actor require() {
    return optional()
        .orElseThrow(
            () -> {
              if (request.getAttribute(OneSealAuthenticationMechanism.LOGIN_RESULT)
                  instanceof AuthenticationResult refused) {
                return refused.refusal(clock.instant());
              }
              Object failure = request.getAttribute(OneSealAuthenticationMechanism.LOGIN_FAILURE);
              return new DomainException(
                  DomainException.Kind.UNAUTHENTICATED,
                  failure == null ? "error.unauthenticated" : failure.toString());
            });
  }

  /**
   * The token the forms that end this session carry ({@link CsrfToken}); empty when nobody is
   * signed in.
   */
  public String getCsrfToken() {
    HttpSession session = request.getSession(false);
    return session == null || !isLoggedIn() ? "" : CsrfToken.of(session);
  }

  /** The address the request came from, for the security log (trusted proxies resolved). */
  public String source() {
    return SourceAddress.of(request, config.trustedProxies());
  }

  public boolean isLoggedIn() {
    return optional().isPresent();
  }

  public String getUsername() {
    return optional().map(Actor::username).orElse(null);
  }

  public String getDisplayName() {
    return optional().flatMap(a -> accounts.displayName(a.username())).orElse(null);
  }

  /** For pages: {@code #{currentActor.has('clerk')}}. */
  public boolean has(String role) {
    return optional().map(a -> a.roleIds().contains(role)).orElse(false);
  }

  public boolean isStaff() {
    return optional().map(Actor::isStaff).orElse(false);
  }
}
