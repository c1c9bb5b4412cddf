package cn.oneseal.web.view.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A page's form sent as multipart (a file upload) whose body cannot be read — cut off, without its
 * boundary, larger than a page's upload may be — is the sender's mistake, not ours: the friendly
 * error page with 400 (413 when too large), never a 500. The parts are read here, before Faces
 * reads any parameter, so the failure is met in one place; the error page is then rendered as for a
 * plain request, since reading that body again would only fail again.
 *
 * <p>A form posted without the CSP nonce of the page it came from (a forged form, or one from a
 * page of another session) is a bad request too: PrimeFaces refuses it as a servlet failure before
 * Faces checks the view state, and it gets the same friendly page with 400.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class UnreadableMultipartFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(UnreadableMultipartFilter.class.getName());

  private static final String ERROR_PAGE = "/error.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isMultipartForm(request)) {
      if (request.getCharacterEncoding() == null) {
        // what Faces would set before reading the form: once the parts are read it is too late,
        // and the answer would be written in the container's default (ISO-8859-1) as well
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
      }
      try {
        request.getParts();
      } catch (IOException | ServletException | RuntimeException e) {
        int status = isTooLarge(e) ? 413 : 400;
        LOG.fine(() -> "unreadable multipart form to " + request.getRequestURI() + ": " + e);
        showErrorPage(request, response, status);
        return;
      }
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!isCspRefusal(e)) {
        throw e;
      }
      // a form posted without the nonce its page carried (forged, or from a page of another
      // session): PrimeFaces refuses it before Faces' own view-state check, as a servlet failure
      LOG.fine(() -> "form without its CSP nonce to " + request.getRequestURI() + ": " + e);
      showErrorPage(request, response, 400);
    }
  }

  /** PrimeFaces' refusal of a postback whose CSP nonce is missing or not the page's. */
  private static boolean isCspRefusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.primefaces.csp.CspException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMultipartForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /**
   * The servlet container's own limits: a part over the page's {@code multipart-config}
   * (IllegalStateException, as the Servlet specification says), a body over the listener's limit.
   */
  private static boolean isTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IllegalStateException
          || t.getClass().getSimpleName().endsWith("TooBigException")
          || t.getClass().getSimpleName().endsWith("TooLargeException")) {
        return true;
      }
    }
    return false;
  }

  private static void showErrorPage(
      HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException, ServletException {
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    response.setStatus(status);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
    request.getRequestDispatcher(ERROR_PAGE).forward(new WithoutBody(request), response);
  }

  /** The request as a plain GET without parameters: what the error page may safely read. */
  private static final class WithoutBody extends HttpServletRequestWrapper {

    WithoutBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public String getHeader(String name) {
      // an Ajax upload's Faces-Request header would ask for a partial response
      return "Faces-Request".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name)
          ? null
          : super.getHeader(name);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public Collection<Part> getParts() {
      return List.of();
    }

    @Override
    public Part getPart(String name) {
      return null;
    }
  }
}
