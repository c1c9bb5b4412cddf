package cn.oneseal.web.http;

import cn.oneseal.application.ClientAddress;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.SourceAddress;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the services where each request comes from ({@link ClientAddress}: the peer, or behind a
 * trusted proxy the forwarded address), so that the audit trail says from where each act and each
 * read of a case came.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST},
    asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient OneSealConfig config;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try (ClientAddress.Serving serving =
        ClientAddress.serving(SourceAddress.of(request, config.trustedProxies()))) {
      chain.doFilter(request, response);
    }
  }
}
