package cn.oneseal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceAddressTest {

  private static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

  @Test
  void withoutATrustedProxyTheHeaderIsIgnored() {
    assertThat(SourceAddress.of(request("198.51.100.7", "203.0.113.1"), PROXIES))
        .isEqualTo("198.51.100.7");
    assertThat(SourceAddress.of(request("198.51.100.7", "203.0.113.1"), Set.of()))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void behindTrustedProxiesTheFirstAddressNoTrustedProxyWroteCounts() {
    assertThat(SourceAddress.of(request("10.0.0.2", "203.0.113.1"), PROXIES))
        .isEqualTo("203.0.113.1");
    // a client that writes its own header cannot choose its address: the proxy appends the real one
    assertThat(SourceAddress.of(request("10.0.0.2", "1.2.3.4, 203.0.113.1, 10.0.0.3"), PROXIES))
        .isEqualTo("203.0.113.1");
    assertThat(SourceAddress.of(request("10.0.0.2", "1.2.3.4", "203.0.113.9"), PROXIES))
        .isEqualTo("203.0.113.9");
    assertThat(SourceAddress.of(request("10.0.0.2", "2001:db8::1"), PROXIES))
        .isEqualTo("2001:db8::1");
  }

  @Test
  void aMissingOrMalformedChainEndsAtTheLastTrustedHop() {
    assertThat(SourceAddress.of(request("10.0.0.2"), PROXIES)).isEqualTo("10.0.0.2");
    assertThat(SourceAddress.of(request("10.0.0.2", "<script>, 10.0.0.3"), PROXIES))
        .isEqualTo("10.0.0.3");
    assertThat(SourceAddress.of(request("10.0.0.2", "unknown"), PROXIES)).isEqualTo("10.0.0.2");
  }

  @Test
  void originsAreComparedWithoutDefaultPortsOrCase() {
    assertThat(CrossSiteRequestFilter.normalized("HTTPS://Bureau.Example:443"))
        .isEqualTo("https://bureau.example");
    assertThat(CrossSiteRequestFilter.normalized("http://localhost:8180"))
        .isEqualTo("http://localhost:8180");
    assertThat(CrossSiteRequestFilter.normalized("null")).isNull();
    assertThat(CrossSiteRequestFilter.normalized("http://[bad")).isNull();
  }

  private static HttpServletRequest request(String peer, String... forwardedFor) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SourceAddressTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getHeaders" ->
                      SourceAddress.FORWARDED_FOR.equalsIgnoreCase((String) args[0])
                          ? Collections.enumeration(List.of(forwardedFor))
                          : Collections.emptyEnumeration();
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
