package cn.oneseal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A password hash an account used before, kept so that a new password is not an old one. */
@Entity
@Table(name = "password_history")
public class PasswordHistory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "password_hash", nullable = false)
  @Size(max = 512)
  private String passwordHash;

  @Column(name = "replaced_at", nullable = false)
  private Instant replacedAt;

  protected PasswordHistory() {}

  public PasswordHistory(Long accountId, String passwordHash, Instant replacedAt) {
    this.accountId = accountId;
    this.passwordHash = passwordHash;
    this.replacedAt = replacedAt;
  }

  public String getPasswordHash() {
    return passwordHash;
  }
}
