package cn.oneseal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A random token per signed-in session that forms which end the session carry (sign-out) and check
 * on arrival. It backs up the view state (which stateless pages such as the home page do not have)
 * and {@link CrossSiteRequestFilter}: another site can make a browser post a form, but cannot read
 * the token to put into it.
 */
public final class CsrfToken {

  /** The form field (and session attribute) that carries the token. */
  public static final String NAME = "oneseal.csrf";

  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  /** A new token for a session that has just signed in. */
  static void issue(HttpSession session) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    session.setAttribute(NAME, HexFormat.of().formatHex(bytes));
  }

  /**
   * The session's token, created if it has none yet (a session signed in before tokens existed).
   */
  static String of(HttpSession session) {
    Object token = session.getAttribute(NAME);
    if (token == null) {
      issue(session);
      token = session.getAttribute(NAME);
    }
    return token.toString();
  }

  /** Whether the request's form carries its session's token. */
  public static boolean matches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(NAME);
    String sent = request.getParameter(NAME);
    return expected != null
        && sent != null
        && MessageDigest.isEqual(
            expected.toString().getBytes(StandardCharsets.US_ASCII),
            sent.getBytes(StandardCharsets.US_ASCII));
  }
}
