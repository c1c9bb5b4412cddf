package cn.oneseal.web.security;

import cn.oneseal.application.AccountService;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The person behind the current request, as the domain services want it. Roles are read from the
 * account on every request, so a role taken away takes effect at once.
 */
@Named("currentActor")
@RequestScoped
public class CurrentActor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityContext securityContext;

  @Inject private AccountService accounts;

  @Inject private HttpServletRequest request;

  @Inject private Clock clock;

  private transient Optional<Actor> actor;

  public Optional<Actor> optional() {
    if (actor == null) {
      Principal principal = securityContext.getCallerPrincipal();
      actor = principal == null ? Optional.empty() : accounts.actorOf(principal.getName());
    }
    return actor;
  }

  /**
   * The signed-in actor; anonymous callers are refused with "sign in first" (401), and the
   * credentials of an account locked after repeated failed sign-ins with "too many attempts" (429)
   * and the time until the lock ends.
   */
  public Actor require() {
    Object refused = request.getAttribute(OneSealAuthenticationMechanism.LOGIN_FAILURE);
    String code = refused == null ? "error.unauthenticated" : refused.toString();
    return optional()
        .orElseThrow(
            () -> {
              if (request.getAttribute(OneSealAuthenticationMechanism.LOCKED_UNTIL)
                  instanceof Instant until) {
                return DomainException.tooManyRequests(
                    Duration.between(clock.instant(), until), "error.login.locked");
              }
              return new DomainException(DomainException.Kind.UNAUTHENTICATED, code);
            });
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
