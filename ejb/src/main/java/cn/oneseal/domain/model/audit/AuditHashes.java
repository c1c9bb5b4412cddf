package cn.oneseal.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash rule of the audit chain (docs/audit.md), in one place for the chaining job, the
 * verification and anyone checking a copy offline. Hashes are SHA-256 as 64 lower-case hex digits.
 *
 * <ul>
 *   <li>{@code content_hash = SHA-256(canonicalContent)} ({@link AuditEntry#canonicalContent()});
 *   <li>{@code entry_hash = SHA-256(UTF-8 of previous_hash "|" chain_seq "|" content_hash)}, with
 *       {@code chain_seq} in decimal and the previous entry's {@code entry_hash} as {@code
 *       previous_hash} — {@link #GENESIS} (64 zeros) for the first entry of the chain.
 * </ul>
 */
public final class AuditHashes {

  /** The previous hash of the chain's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHashes() {}

  public static String contentHash(AuditEntry entry) {
    return sha256(entry.canonicalContent());
  }

  public static String entryHash(String previousHash, long seq, String contentHash) {
    return sha256((previousHash + "|" + seq + "|" + contentHash).getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
