package cn.oneseal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a request came from, for the sign-in throttle. That is the connection's peer, unless
 * the peer is one of the configured reverse proxies ({@code ONESEAL_TRUSTED_PROXIES}): then the
 * {@code X-Forwarded-For} chain is read from the right, past the trusted proxies, to the first
 * address nobody trusted wrote. What a client writes into the header itself lies further left and
 * is never believed, so that nobody escapes the throttle by inventing addresses.
 */
public final class SourceAddress {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  /** An IPv4 or IPv6 address as proxies write them; anything else ends the walk. */
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private SourceAddress() {}

  public static String of(HttpServletRequest request, Set<String> trustedProxies) {
    String peer = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    if (!trustedProxies.contains(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    String source = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!ADDRESS.matcher(hop).matches()) {
        return source;
      }
      source = hop;
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return source;
  }
}
