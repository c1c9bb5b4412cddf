package cn.oneseal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An account's enrolled authenticator (TOTP): the shared secret, encrypted with the installation's
 * key (a copy of the database alone does not let anyone make codes), and the last step whose code
 * was accepted, so that no code is accepted twice.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "secret_cipher", nullable = false)
  @Size(max = 512)
  private String secretCipher;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "last_step", nullable = false)
  private long lastStep;

  protected SecondFactor() {}

  public SecondFactor(Long accountId, String secretCipher, Instant enrolledAt, long lastStep) {
    this.accountId = accountId;
    this.secretCipher = secretCipher;
    this.enrolledAt = enrolledAt;
    this.lastStep = lastStep;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getSecretCipher() {
    return secretCipher;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public long getLastStep() {
    return lastStep;
  }

  /** A code of {@code step} was accepted: it and every earlier step are used up. */
  public void used(long step) {
    lastStep = Math.max(lastStep, step);
  }
}
