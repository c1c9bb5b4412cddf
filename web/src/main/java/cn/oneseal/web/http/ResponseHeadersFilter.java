package cn.oneseal.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * The headers every answer carries — pages, the API, static files, error pages:
 *
 * <ul>
 *   <li>security: a Content-Security-Policy (see {@link ContentSecurityPolicy}; on Faces pages
 *       PrimeFaces replaces it with the same policy plus the page's script nonce), {@code
 *       X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy:
 *       strict-origin-when-cross-origin};
 *   <li>caching: Faces resources whose address carries a version ({@code v=}: PrimeFaces' own and,
 *       through the versioned resource handler, ours) are cached for a year and never revalidated;
 *       pages and API answers — signed-in content, personal data — are never stored; anything else
 *       is revalidated on each use.
 * </ul>
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
    asyncSupported = true)
public class ResponseHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";
  static final String CACHE_CONTROL = "Cache-Control";

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String NO_STORE = "no-store";
  static final String REVALIDATE = "no-cache";

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, ContentSecurityPolicy.POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    String cacheControl = cacheControl(request);
    response.setHeader(CACHE_CONTROL, cacheControl);
    chain.doFilter(request, new Headers(response, cacheControl));
  }

  /** How long the answer to {@code request} may be kept by the browser (and by proxies). */
  static String cacheControl(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(FACES_RESOURCES)) {
      // dynamic content (PrimeFaces' pfdrid) carries a version too, but is personal
      boolean versioned =
          request.getParameter("v") != null && request.getParameter("pfdrid") == null;
      return versioned ? IMMUTABLE : REVALIDATE;
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xhtml") || lower.endsWith("/") || lower.startsWith("/api/")) {
      return NO_STORE;
    }
    return REVALIDATE;
  }

  /**
   * Keeps this filter's decisions: the cache policy chosen here stays (Faces' resource handler
   * would otherwise set its own), and a page's Content-Security-Policy — PrimeFaces adds one with
   * its nonce — replaces the nonce-less one instead of joining it (two policies would both apply,
   * and the first would block the page's own scripts).
   */
  static final class Headers extends HttpServletResponseWrapper {

    private final String cacheControl;

    Headers(HttpServletResponse response, String cacheControl) {
      super(response);
      this.cacheControl = cacheControl;
    }

    @Override
    public void setHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(CSP, value);
      } else if (!isCacheHeader(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(CSP, value);
      } else if (!isCacheHeader(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!isCacheHeader(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!isCacheHeader(name)) {
        super.addDateHeader(name, date);
      }
    }

    @Override
    public void reset() {
      super.reset();
      // an error page after a reset still gets the headers
      super.setHeader(CSP, ContentSecurityPolicy.POLICY);
      super.setHeader("X-Content-Type-Options", "nosniff");
      super.setHeader("X-Frame-Options", "DENY");
      super.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
      super.setHeader(CACHE_CONTROL, cacheControl);
    }

    private boolean isCacheHeader(String name) {
      return CACHE_CONTROL.equalsIgnoreCase(name)
          || "Pragma".equalsIgnoreCase(name)
          || (IMMUTABLE.equals(cacheControl) && "Expires".equalsIgnoreCase(name))
          || (NO_STORE.equals(cacheControl) && "Expires".equalsIgnoreCase(name));
    }
  }
}
