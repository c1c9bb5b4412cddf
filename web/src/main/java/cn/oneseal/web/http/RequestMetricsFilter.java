package cn.oneseal.web.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every request (Prometheus: {@code oneseal_http_server_requests_seconds_count /
 * _sum / _max}) by kind — page, api, resource, other —, method and status class, so that rates,
 * mean times and error shares can be graphed and alerted on. Tags stay few on purpose: no paths,
 * which would make a series per application number.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class RequestMetricsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String NAME = "oneseal.http.server.requests";

  @Inject transient MeterRegistry registry;

  private final transient Map<String, Timer> timers = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      timer(kind(request), method(request), (response.getStatus() / 100) + "xx")
          .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  private static final java.util.Set<String> METHODS =
      java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

  static String method(HttpServletRequest request) {
    return METHODS.contains(request.getMethod()) ? request.getMethod() : "other";
  }

  /**
   * One timer per kind, method and status class (a few dozen in all), through the registry's short
   * form: WildFly 39 exports only those of a deployment's meters (see EngineMetrics).
   */
  private Timer timer(String kind, String method, String status) {
    return timers.computeIfAbsent(
        kind + ' ' + method + ' ' + status,
        key -> registry.timer(NAME, Tags.of("kind", kind, "method", method, "status", status)));
  }

  static String kind(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return "api";
    }
    if (path.startsWith("/jakarta.faces.resource/")) {
      return "resource";
    }
    if (path.endsWith(".xhtml") || path.endsWith("/")) {
      return "page";
    }
    return "other";
  }
}
