package cn.oneseal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A personal access token: how a person's scripts and machine clients call the API without their
 * password. Scoped ({@code read}: GET and HEAD only; {@code write}: whatever the person may do),
 * always expiring, revocable, and stored only as the SHA-256 of its secret ({@link TokenText}).
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

  public static final String READ = "read";
  public static final String WRITE = "write";

  /** The longest a token may live. */
  public static final int MAX_DAYS = 365;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(nullable = false)
  @Size(max = 100)
  private String name;

  /** {@code read} or {@code read,write}. */
  @Column(nullable = false)
  @Size(max = 32)
  private String scopes;

  @Column(name = "secret_hash", nullable = false)
  @Size(max = 64)
  private String secretHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected AccessToken() {}

  public AccessToken(
      Long accountId,
      String name,
      Set<String> scopes,
      String secretHash,
      Instant createdAt,
      Instant expiresAt) {
    this.accountId = accountId;
    this.name = name;
    this.scopes = scopes.contains(WRITE) ? READ + "," + WRITE : READ;
    this.secretHash = secretHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean mayWrite() {
    return scopeSet().contains(WRITE);
  }

  public Set<String> scopeSet() {
    return new LinkedHashSet<>(Arrays.asList(scopes.split(",")));
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /**
   * Notes a use; written at most once a minute, so that a busy client does not turn every read into
   * a database write.
   */
  public void usedAt(Instant now) {
    if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
      lastUsedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getName() {
    return name;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
