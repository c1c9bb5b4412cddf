package cn.oneseal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A one-time code that replaces an authenticator code (a lost phone). Shown once at enrolment,
 * stored only as its SHA-256 (the codes are random, 50 bits, so a slow hash adds nothing), each
 * usable once.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

  /** Codes made at each enrolment. */
  public static final int COUNT = 10;

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "code_hash", nullable = false)
  @Size(max = 64)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(Long accountId, String code) {
    this.accountId = accountId;
    this.codeHash = hash(code);
  }

  /** A new random code, {@code xxxxx-xxxxx}. */
  public static String newCode() {
    StringBuilder code = new StringBuilder(11);
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The stored form of a code as typed: spaces and hyphens ignored, any case. */
  public static String hash(String typed) {
    String clean = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(clean.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether {@code typed} has the shape of a recovery code (not of a 6-digit code). */
  public static boolean looksLikeOne(String typed) {
    return typed != null && typed.replaceAll("[\\s-]", "").length() == 10;
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
