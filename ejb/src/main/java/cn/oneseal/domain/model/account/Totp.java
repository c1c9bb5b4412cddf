package cn.oneseal.domain.model.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as every authenticator app makes them (RFC 6238 over RFC 4226):
 * HMAC-SHA1 of the number of 30-second steps since 1970, truncated to 6 digits. A code is accepted
 * for its own step and one step either side (a phone's clock may be half a minute off), and never
 * for a step at or before the last one accepted, so that a code seen over someone's shoulder cannot
 * be used again. Secrets are 20 random bytes, written in Base32 (RFC 4648) for the apps.
 */
public final class Totp {

  /** Seconds per step. */
  public static final int STEP_SECONDS = 30;

  /** Digits of a code. */
  public static final int DIGITS = 6;

  /** Steps accepted either side of the current one. */
  public static final int WINDOW = 1;

  public static final int SECRET_BYTES = 20;

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A fresh random secret, in Base32. */
  public static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return base32(secret);
  }

  /** The step {@code epochSecond} falls in. */
  public static long stepAt(long epochSecond) {
    return Math.floorDiv(epochSecond, STEP_SECONDS);
  }

  /** The code of {@code step} for {@code secret} (raw bytes), {@code digits} long, zero-padded. */
  public static String code(byte[] secret, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      int otp = binary % (int) Math.pow(10, digits);
      return String.format(Locale.ROOT, "%0" + digits + "d", otp);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /** The 6-digit code of {@code step} for a Base32 secret. */
  public static String code(String base32Secret, long step) {
    return code(base32Decode(base32Secret), step, DIGITS);
  }

  /**
   * The step whose code {@code code} is, within the window around {@code epochSecond} and after
   * {@code lastUsedStep}; empty when the code is wrong, malformed or already used.
   */
  public static OptionalLong matchingStep(
      String base32Secret, String code, long epochSecond, long lastUsedStep) {
    String typed = code == null ? "" : code.replace(" ", "").strip();
    if (typed.length() != DIGITS || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    byte[] secret = base32Decode(base32Secret);
    long now = stepAt(epochSecond);
    for (long step = now - WINDOW; step <= now + WINDOW; step++) {
      if (step > lastUsedStep
          && java.security.MessageDigest.isEqual(
              code(secret, step, DIGITS).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              typed.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** Base32 without padding, as authenticator apps take it. */
  public static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 0x1f));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
    }
    return out.toString();
  }

  /** Decodes Base32, ignoring case, spaces, hyphens and padding; refuses other characters. */
  public static byte[] base32Decode(String text) {
    String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }

  /** The address an authenticator app reads from the QR code (Google's Key URI format). */
  public static String keyUri(String issuer, String account, String base32Secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32Secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
