package cn.oneseal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One line of the security log (安全审计日志) that the audit administrator reads: a sign-in, its failure,
 * an account created, deactivated, locked or unlocked, a role or password changed, a second factor
 * enrolled, a token issued. Written once, never changed; kept apart from the case audit trail so
 * that the system administrator, who reads neither, and the supervisors, who read cases, each see
 * only what is theirs.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  /** What happened, e.g. {@code signin.succeeded}, {@code account.created}. */
  @Column(nullable = false)
  @Size(max = 64)
  private String kind;

  /** Who did it: the account that signed in, or the administrator who acted. */
  @Column(nullable = false)
  @Size(max = 64)
  private String actor;

  /** The account acted on, if another than the actor's. */
  @Size(max = 64)
  private String account;

  /** The address the request came from. */
  @Size(max = 64)
  private String source;

  @Size(max = 1000)
  private String detail;

  protected SecurityEvent() {}

  public SecurityEvent(
      Instant occurredAt, String kind, String actor, String account, String source, String detail) {
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.actor = clip(actor, 64);
    this.account = clip(account, 64);
    this.source = clip(source, 64);
    this.detail = clip(detail, 1000);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getKind() {
    return kind;
  }

  public String getActor() {
    return actor;
  }

  public String getAccount() {
    return account;
  }

  public String getSource() {
    return source;
  }

  public String getDetail() {
    return detail;
  }
}
