package cn.oneseal.domain.model.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The text of a personal access token, {@code os_<id>_<secret>}: the id finds the one stored token
 * (no search over hashes), the secret is 32 random bytes (Base64url, 43 characters), of which only
 * the SHA-256 is stored and compared in constant time. A random 256-bit secret needs no slow hash:
 * nobody guesses it, so checking a token costs a digest, not a password hash.
 */
public record TokenText(long id, String secret) {

  public static final String PREFIX = "os_";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SECRET_BYTES = 32;
  private static final int SECRET_LENGTH = 43;

  /** A new secret for a token; its id is given when it is stored. */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The token as its holder sends it. */
  public String text() {
    return PREFIX + id + "_" + secret;
  }

  /** Reads a token text; empty for anything not of the shape (the caller answers 401). */
  public static Optional<TokenText> parse(String text) {
    if (text == null || !text.startsWith(PREFIX) || text.length() > 80) {
      return Optional.empty();
    }
    int separator = text.indexOf('_', PREFIX.length());
    if (separator < 0) {
      return Optional.empty();
    }
    String digits = text.substring(PREFIX.length(), separator);
    String secret = text.substring(separator + 1);
    if (digits.isEmpty()
        || digits.length() > 18
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
        || secret.length() != SECRET_LENGTH
        || !secret.chars().allMatch(TokenText::isBase64Url)) {
      return Optional.empty();
    }
    return Optional.of(new TokenText(Long.parseLong(digits), secret));
  }

  /** The stored form of the secret: SHA-256, hex. */
  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether this token's secret is the one whose hash was stored (constant time). */
  public boolean matches(String storedHash) {
    return MessageDigest.isEqual(
        hash(secret).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean isBase64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  @Override
  public String toString() {
    return PREFIX + id + "_…"; // never the secret, not even in a log
  }
}
