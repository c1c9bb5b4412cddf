package cn.oneseal.application.dto;

import cn.oneseal.domain.model.registration.DataExchangeChannel;
import cn.oneseal.domain.shared.DomainException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How an administrator wants a channel to send: its mode ({@code simulated} or {@code https}), the
 * department's endpoint, the key id, the shared secret (null keeps the one set) and the timeout in
 * seconds. The endpoint must be {@code https}; plain {@code http} only to this machine (localhost,
 * 127.0.0.1, ::1), for tests and a receiver behind a local proxy.
 */
public record ChannelConnection(
    String mode, String endpointUrl, String keyId, String secret, Integer timeoutSeconds)
    implements Serializable {

  public static final int MIN_SECRET = 32;
  public static final int MAX_SECRET = 256;
  public static final int MIN_TIMEOUT = 1;
  public static final int MAX_TIMEOUT = 60;

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  /** Blank texts as absent, the rest stripped (never the secret: its spaces are its own). */
  public ChannelConnection normalized() {
    return new ChannelConnection(
        blankToNull(mode),
        blankToNull(endpointUrl),
        blankToNull(keyId),
        secret == null || secret.isEmpty() ? null : secret,
        timeoutSeconds);
  }

  /** Every problem of the fields as given (what is required for a mode is the service's check). */
  public List<DomainException.Detail> problems() {
    List<DomainException.Detail> problems = new ArrayList<>();
    if (mode == null || DataExchangeChannel.Mode.of(mode).isEmpty()) {
      problems.add(DomainException.Detail.of("mode", "error.channel.mode"));
    }
    if (endpointUrl != null) {
      urlProblem(endpointUrl)
          .ifPresent(code -> problems.add(DomainException.Detail.of("endpointUrl", code)));
    }
    if (keyId != null && !keyId.matches("[A-Za-z0-9._-]{1,64}")) {
      problems.add(DomainException.Detail.of("keyId", "error.channel.keyId"));
    }
    if (secret != null && (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET)) {
      problems.add(
          DomainException.Detail.of(
              "secret", "error.channel.secretLength", MIN_SECRET, MAX_SECRET));
    }
    if (timeoutSeconds != null && (timeoutSeconds < MIN_TIMEOUT || timeoutSeconds > MAX_TIMEOUT)) {
      problems.add(
          DomainException.Detail.of(
              "timeoutSeconds", "error.channel.timeout", MIN_TIMEOUT, MAX_TIMEOUT));
    }
    return problems;
  }

  /** Why an endpoint is refused, if it is. */
  static java.util.Optional<String> urlProblem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return java.util.Optional.of("error.channel.url");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawFragment() != null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      return java.util.Optional.of("error.channel.url");
    }
    if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      return java.util.Optional.of("error.channel.urlNotHttps");
    }
    return java.util.Optional.empty();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public String toString() {
    // never the secret
    return "ChannelConnection["
        + mode
        + ", "
        + endpointUrl
        + ", "
        + keyId
        + ", secret "
        + (secret == null ? "kept" : "given")
        + ", "
        + timeoutSeconds
        + "]";
  }
}
