package cn.oneseal.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who signs in: a citizen or a member of the bureau. The password is stored only as a
 * salted, slow hash. Repeated failed sign-ins lock the account for a while, which is what stops
 * password guessing against a public government site.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  @Size(max = 64)
  private String username;

  @Column(name = "display_name", nullable = false)
  @Size(max = 128)
  private String displayName;

  @Size(max = 256)
  private String email;

  @Column(name = "password_hash", nullable = false)
  @Size(max = 512)
  private String passwordHash;

  private boolean enabled;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** The section (科室) a member of staff belongs to; {@code null}: the whole bureau. */
  @Column(name = "section_code")
  @Size(max = 32)
  private String section;

  protected UserAccount() {}

  public UserAccount(
      String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = now;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** Counts a failed sign-in; the {@code threshold}-th in a row locks the account. */
  public void recordFailedLogin(Instant now, int threshold, Duration lockDuration) {
    failedLogins++;
    if (failedLogins >= threshold) {
      lockedUntil = now.plus(lockDuration);
      failedLogins = 0;
    }
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public Actor toActor() {
    return new Actor(username, roles, section);
  }

  public String getSection() {
    return section;
  }

  public void assignSection(String sectionCode) {
    this.section = sectionCode;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }
}
