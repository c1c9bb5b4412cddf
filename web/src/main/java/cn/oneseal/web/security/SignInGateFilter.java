package cn.oneseal.web.security;

import cn.oneseal.web.i18n.Messages;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Holds back what a signed-in caller may not do yet, after {@link OneSealAuthenticationMechanism}
 * has said who they are:
 *
 * <ul>
 *   <li>a page session behind a {@link SignInGate} (a required password change, then a required
 *       enrolment) opens only the gate's page, the login page, the error page and resources; any
 *       other page redirects there, the API answers 403;
 *   <li>an API client whose account must change its password (Basic or token) gets 403 {@code
 *       error.password.changeRequired} for everything but {@code PUT /api/account/password};
 *   <li>a token without the {@code write} scope gets 403 {@code error.token.scope} for anything but
 *       GET and HEAD.
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignInGateFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/") || path.equals("/api");
    if (api) {
      Optional<String> refusal = apiRefusal(request, path);
      if (refusal.isPresent()) {
        refuse(request, response, refusal.get());
        return;
      }
    } else if (request.getUserPrincipal() != null) {
      Optional<String> gate = SignInGate.of(request.getSession(false));
      if (gate.isPresent() && !open(path, gate.get())) {
        response.sendRedirect(request.getContextPath() + gate.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static Optional<String> apiRefusal(HttpServletRequest request, String path) {
    if (request.getAttribute(OneSealAuthenticationMechanism.PASSWORD_CHANGE_REQUIRED) != null
        && !(path.equals("/api/account/password") && request.getMethod().equals("PUT"))) {
      return Optional.of("error.password.changeRequired");
    }
    if (request.getAttribute(OneSealAuthenticationMechanism.TOKEN_READ_ONLY) != null
        && !READS.contains(request.getMethod())) {
      return Optional.of("error.token.scope");
    }
    if (request.getHeader("Authorization") == null && request.getUserPrincipal() != null) {
      Optional<String> gate = SignInGate.of(request.getSession(false));
      if (gate.isPresent()) {
        return Optional.of(
            gate.get().equals(SignInGate.PASSWORD_PAGE)
                ? "error.password.changeRequired"
                : "error.twoFactor.enrolmentRequired");
      }
    }
    return Optional.empty();
  }

  /** What a gated session may still open: its gate, signing in and out, errors, resources. */
  static boolean open(String path, String gate) {
    return path.equals(gate)
        || (gate.equals(SignInGate.TWO_FACTOR_PAGE) && path.equals(SignInGate.PASSWORD_PAGE))
        || path.equals("/login.xhtml")
        || path.equals("/second-factor.xhtml")
        || path.equals("/error.xhtml")
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/");
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, String code)
      throws IOException {
    Locale locale = Messages.supported(request.getLocale());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("code", code)
                .add("message", Messages.error(code, locale))
                .build()
                .toString());
  }
}
