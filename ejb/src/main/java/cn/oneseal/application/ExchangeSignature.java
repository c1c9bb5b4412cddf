package cn.oneseal.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of the exchange with the departments (docs/exchange.md), both ways: HMAC-SHA256
 * with the channel's shared secret over {@code timestamp + "\n" + body}, where the timestamp is the
 * Unix time in seconds sent in {@link #TIMESTAMP}; the header {@link #SIGNATURE} carries {@code
 * hmac-sha256=<Base64>}. A signature is believed only within {@link #MAX_SKEW} of our time.
 */
public final class ExchangeSignature {

  public static final String KEY_ID = "X-OneSeal-Key-Id";
  public static final String TIMESTAMP = "X-OneSeal-Timestamp";
  public static final String SIGNATURE = "X-OneSeal-Signature";
  public static final String PUSH_ID = "X-OneSeal-Push-Id";

  public static final String SCHEME = "hmac-sha256=";

  /** How far a signed timestamp may be from our clock, either way. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private ExchangeSignature() {}

  /** The value of {@link #SIGNATURE} for a body sent at a timestamp. */
  public static String sign(String secret, String timestamp, byte[] body) {
    return SCHEME + Base64.getEncoder().encodeToString(mac(secret, timestamp, body));
  }

  /**
   * Whether a signature header is that of the body at the timestamp, in constant time. A malformed
   * header is simply wrong.
   */
  public static boolean matches(String secret, String timestamp, byte[] body, String header) {
    if (header == null || !header.startsWith(SCHEME)) {
      return false;
    }
    byte[] claimed;
    try {
      claimed = Base64.getDecoder().decode(header.substring(SCHEME.length()).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(claimed, mac(secret, timestamp, body));
  }

  /** The instant of a timestamp header, if it is one (decimal Unix seconds). */
  public static Optional<Instant> instant(String timestamp) {
    if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp)));
  }

  /** Whether a timestamp is within {@link #MAX_SKEW} of now. */
  public static boolean fresh(String timestamp, Instant now) {
    return instant(timestamp)
        .map(t -> Duration.between(t, now).abs().compareTo(MAX_SKEW) <= 0)
        .orElse(false);
  }

  private static byte[] mac(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '\n');
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
