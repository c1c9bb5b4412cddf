package cn.oneseal.domain.model.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of docs/domain.md §3. Only the {@link #DIRECTOR} decides and so causes the bureau seal
 * to be applied; the {@link #SUPERVISOR} reads everything and changes nothing.
 *
 * <p>The three administrators divide the powers over the system (三权分立, as 等保 level 3 asks): the
 * {@link #ADMIN system administrator} creates and deactivates accounts and keeps the catalogue,
 * calendar and channels; the {@link #SECURITY_ADMIN security administrator} changes roles, locks,
 * unlocks and resets passwords; the {@link #AUDIT_ADMIN audit administrator} reads the security
 * log. None of them reads cases, and no account holds two of these roles or an administrator role
 * beside a role that works cases.
 */
public enum Role {
  CITIZEN("citizen"),
  CLERK("clerk"),
  OFFICER("officer"),
  /** 科长: checks the section's work, sees its workload and reassigns its tasks. */
  CHIEF("chief"),
  DIRECTOR("director"),
  SUPERVISOR("supervisor"),
  /** 系统管理员. */
  ADMIN("admin"),
  /** 安全管理员. */
  SECURITY_ADMIN("secadmin"),
  /** 审计管理员. */
  AUDIT_ADMIN("auditor"),
  /**
   * 执法检查人员: a law-enforcement officer of a supervising department (registered with it, {@code
   * InspectorRegistration}), drawn for random inspections (双随机一公开); records the results of the
   * checks drawn for them and reads nothing of the bureau's cases.
   */
  INSPECTOR("inspector");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  /** The name used in the database, in security checks and as the process candidate group. */
  public String id() {
    return id;
  }

  public boolean isStaff() {
    return this == CLERK || this == OFFICER || this == CHIEF || this == DIRECTOR;
  }

  /**
   * Whether the process gives tasks to this role (it is a candidate group of user tasks): the
   * window, the case officers, the director, and section chiefs, who answer the follow-up of a
   * negative rating (差评整改) of their section's cases; otherwise a chief works the section's case
   * steps as an officer.
   */
  public boolean worksTasks() {
    return this == CLERK || this == OFFICER || this == CHIEF || this == DIRECTOR;
  }

  /** One of the three administrators (三员): an account holding it holds no other role. */
  public boolean isAdministrator() {
    return this == ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
  }

  /**
   * Whether signing in on a page takes a second factor (TOTP): everyone but citizens — staff,
   * supervisors and administrators reach other people's data or the system's settings.
   */
  public boolean needsSecondFactor() {
    return this != CITIZEN;
  }

  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
