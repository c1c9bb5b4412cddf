package cn.oneseal.web.security;

import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) that a browser sent on behalf
 * of another site: a form of another site that posts to the login page (signing the victim into the
 * attacker's account), to sign-out, or to the API with credentials the browser remembered.
 *
 * <p>Browsers say where a request comes from. {@code Sec-Fetch-Site} (every current browser) must
 * be {@code same-origin} or {@code none} (typed by the user); without it, an {@code Origin} header
 * must be this installation's own origin (as the request addressed it, or {@code
 * ONESEAL_PUBLIC_URL}). A request with neither header is not a browser's cross-site request (API
 * clients, tests, very old browsers) and passes: the stateful pages' view state and the sign-out
 * {@link CsrfToken} still guard those. This is the scheme of Go's {@code CrossOriginProtection}.
 *
 * <p>Refused: {@code 403}, as JSON under {@code /api}, the error page elsewhere.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());

  static final String CODE = "error.request.crossSite";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject private transient OneSealConfig config;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod()) || sameOrigin(request)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info(
        () ->
            "refused a cross-site "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " (Origin "
                + request.getHeader("Origin")
                + ", Sec-Fetch-Site "
                + request.getHeader("Sec-Fetch-Site")
                + ")");
    if (isApi(request)) {
      Locale locale = Messages.supported(request.getLocale());
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("code", CODE)
                  .add("message", Messages.error(CODE, locale))
                  .build()
                  .toString());
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private boolean sameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String claimed = normalized(origin);
    return claimed != null
        && (claimed.equals(normalized(config.publicUrl()))
            || claimed.equals(normalized(request.getScheme() + "://" + request.getHeader("Host"))));
  }

  /** {@code scheme://host[:port]} in lower case without a default port; null if not an origin. */
  static String normalized(String origin) {
    try {
      URI uri = URI.create(origin.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.equals("/api");
  }
}
