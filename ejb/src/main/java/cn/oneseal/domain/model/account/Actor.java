package cn.oneseal.domain.model.account;

import cn.oneseal.domain.shared.DomainException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated person on whose behalf a service acts. Services receive it explicitly (it is
 * built from the web layer's security context) so that every per-record rule is checked in the
 * domain, testable without a container, and so that asynchronous process steps can carry the acting
 * person as a plain user name.
 */
public record Actor(String username, Set<Role> roles, String section) implements Serializable {

  public static final String SYSTEM = "system";

  public Actor {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public Actor(String username, Set<Role> roles) {
    this(username, roles, null);
  }

  /** A member of staff of a section (科室): officers and chiefs work that section's items. */
  public Actor inSection(String sectionCode) {
    return new Actor(username, roles, sectionCode);
  }

  /**
   * Whether this person works items of that section: staff without a section (the window, the
   * director, an officer of the whole bureau) work every section.
   */
  public boolean worksSection(String sectionCode) {
    return section == null || section.equals(sectionCode);
  }

  public static Actor of(String username, Role... roles) {
    return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
  }

  /** The engine itself, e.g. a timer that fires. */
  public static Actor system() {
    return new Actor(SYSTEM, Set.of());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isStaff() {
    return roles.stream().anyMatch(Role::isStaff);
  }

  /** Staff and supervisors may read every application; citizens only their own. */
  public boolean readsAllApplications() {
    return isStaff() || has(Role.SUPERVISOR);
  }

  public Set<String> roleIds() {
    return roles.stream().map(Role::id).collect(Collectors.toUnmodifiableSet());
  }

  public void require(Role role) {
    if (!has(role)) {
      throw DomainException.forbidden("error.forbidden.role", role.id());
    }
  }
}
