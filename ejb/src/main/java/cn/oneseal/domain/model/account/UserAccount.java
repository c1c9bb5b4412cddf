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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who signs in: a citizen or a member of the bureau. The password is stored only as a
 * salted, slow hash. Failed sign-ins are slowed down and, when many come from several addresses,
 * lock the account for a while (the application's SignInThrottle decides): that is what stops
 * password guessing against a public government site without letting one stranger lock anyone out.
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

  @Size(max = 20)
  private String mobile;

  /** The holder's choice: notices also by e-mail (the app's list always has them). */
  @Column(name = "notify_by_mail", nullable = false)
  private boolean notifyByMail = true;

  /** The holder's choice: notices about their cases also by SMS to {@link #mobile}. */
  @Column(name = "notify_by_sms", nullable = false)
  private boolean notifyBySms = true;

  /** 工号 of a member of staff: unique, shown to applicants instead of the name. */
  @Column(name = "staff_number")
  @Size(max = 32)
  private String staffNumber;

  /** Set by an administrator's reset or a new account: the holder chooses their own first. */
  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  /** When the account was deactivated (never deleted: its history names it); null while active. */
  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  /** A citizen's real-name identity document: resident identity card or passport. */
  @Column(name = "identity_kind")
  @Enumerated(EnumType.STRING)
  private IdentityKind identityKind;

  @Column(name = "identity_cipher")
  @Size(max = 512)
  private String identityCipher;

  @Column(name = "identity_masked")
  @Size(max = 64)
  private String identityMasked;

  /** ISO 3166-1 alpha-3 nationality of a passport holder. */
  @Size(max = 3)
  private String nationality;

  /** The identity documents a citizen registers with. */
  public enum IdentityKind {
    /** 居民身份证 (GB 11643). */
    RESIDENT_ID,
    /** 护照 of a foreign applicant. */
    PASSPORT
  }

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

  /** Counts a failed sign-in (how many in a row: for the record; the throttle decides locks). */
  public void recordFailedLogin() {
    failedLogins++;
  }

  /** Refuses every sign-in, even with the right password, until {@code until}. */
  public void lockUntil(Instant until) {
    lockedUntil = until;
    failedLogins = 0;
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /** Lifts a lock at once (the security administrator's act). */
  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /**
   * Replaces the password hash; the holder chose it, so no change is required any longer. Returns
   * the hash it replaces, for the history that keeps passwords from being reused.
   */
  public String changePassword(String newHash, Instant now) {
    String old = passwordHash;
    passwordHash = newHash;
    passwordChangeRequired = false;
    passwordChangedAt = now;
    return old;
  }

  /**
   * Sets a password someone else chose (an initial or reset one): the holder must change it at
   * their next sign-in before doing anything else.
   */
  public String resetPassword(String newHash, Instant now) {
    String old = changePassword(newHash, now);
    passwordChangeRequired = true;
    return old;
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  /** Requires the holder to choose a new password at the next sign-in. */
  public void requirePasswordChange() {
    passwordChangeRequired = true;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  /** No sign-in any more, by any means; the account and its history stay. */
  public void deactivate(Instant now) {
    enabled = false;
    deactivatedAt = now;
  }

  public void reactivate() {
    enabled = true;
    deactivatedAt = null;
  }

  public Instant getDeactivatedAt() {
    return deactivatedAt;
  }

  /** Replaces the roles; {@link Roles#problems} must have found nothing wrong with them. */
  public void changeRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public boolean isNotifyByMail() {
    return notifyByMail;
  }

  public boolean isNotifyBySms() {
    return notifyBySms;
  }

  /** Which channels besides the app's own list the holder wants their notices on. */
  public void chooseChannels(boolean byMail, boolean bySms) {
    this.notifyByMail = byMail;
    this.notifyBySms = bySms;
  }

  public String getStaffNumber() {
    return staffNumber;
  }

  public void setStaffNumber(String staffNumber) {
    this.staffNumber = staffNumber;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  /** Records the real-name identity a citizen registered with, encrypted and masked. */
  public void identify(
      IdentityKind kind, String cipherText, String masked, String nationalityCode) {
    this.identityKind = kind;
    this.identityCipher = cipherText;
    this.identityMasked = masked;
    this.nationality = nationalityCode;
  }

  public IdentityKind getIdentityKind() {
    return identityKind;
  }

  public String getIdentityCipher() {
    return identityCipher;
  }

  public String getIdentityMasked() {
    return identityMasked;
  }

  public String getNationality() {
    return nationality;
  }

  public Instant getCreatedAt() {
    return createdAt;
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
