package cn.oneseal.web.security;

import cn.oneseal.application.TwoFactorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * What a person signed in on the pages must do before anything else: choose their own password (an
 * administrator set it), then enrol a second factor (their role needs one and they have none). The
 * gate is decided at sign-in and kept in the session; {@link SignInGateFilter} lets a gated session
 * open only the gate's page (and sign out), and the page lifts the gate when done.
 */
@ApplicationScoped
public class SignInGate {

  /** The session attribute: the page the session must go through, while it must. */
  static final String SESSION_GATE = "oneseal.gate";

  public static final String PASSWORD_PAGE = "/account/password.xhtml";
  public static final String TWO_FACTOR_PAGE = "/account/two-factor.xhtml";

  @Inject private TwoFactorService twoFactor;

  /** The gate page {@code username} must go through now, if any. */
  public Optional<String> pageFor(String username) {
    if (twoFactor.passwordChangeRequired(username)) {
      return Optional.of(PASSWORD_PAGE);
    }
    if (twoFactor.requirement(username) == TwoFactorService.Requirement.ENROL) {
      return Optional.of(TWO_FACTOR_PAGE);
    }
    return Optional.empty();
  }

  /** Decides the session's gate anew (at sign-in, and when a gate page is done with). */
  public Optional<String> apply(HttpSession session, String username) {
    Optional<String> page = pageFor(username);
    if (page.isPresent()) {
      session.setAttribute(SESSION_GATE, page.get());
    } else {
      session.removeAttribute(SESSION_GATE);
    }
    return page;
  }

  /** The gate page of this session, if it is gated. */
  public static Optional<String> of(HttpSession session) {
    Object gate = session == null ? null : session.getAttribute(SESSION_GATE);
    return Optional.ofNullable(gate).map(Object::toString);
  }
}
