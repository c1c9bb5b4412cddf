package cn.oneseal.domain.model.account;

import cn.oneseal.domain.shared.DomainException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

  /**
   * Whether this person reads applicants' cases at all — staff and supervisors, each within {@link
   * #mayReadSection}; a citizen reads only their own applications.
   */
  public boolean readsOthersCases() {
    return isStaff() || has(Role.SUPERVISOR);
  }

  /**
   * The one section (科室) whose cases this person reads, or {@code null} when they read every
   * section's: supervisors and the director oversee the whole bureau, staff attached to a section
   * read that section's cases only, staff without a section (the window, officers of the whole
   * bureau) read every case. Lists filter by it in the database.
   */
  public String readingSection() {
    return has(Role.SUPERVISOR) || has(Role.DIRECTOR) ? null : section;
  }

  /** Whether this person reads the cases of that section (see {@link #readingSection}). */
  public boolean mayReadSection(String sectionCode) {
    return readsOthersCases() && (readingSection() == null || readingSection().equals(sectionCode));
  }

  /**
   * The one rule of who reads a case — its pages, the API, its materials, history, tasks,
   * documents, clock, registration and progress: its applicant, and staff and supervisors who may
   * read its section. Whoever may not read it is told it does not exist.
   */
  public boolean mayReadCase(String applicant, String sectionCode) {
    return (has(Role.CITIZEN) && username.equals(applicant)) || mayReadSection(sectionCode);
  }

  /** The roles whose tasks this person works: the candidate groups of the process steps. */
  public Set<Role> taskRoles() {
    return roles.stream()
        .filter(Role::worksTasks)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /**
   * Why {@code substitute} could not stand in for this person while they are away (AB角); empty when
   * they can. Tasks assigned to the absent person go to the substitute, so the substitute must be
   * able to do each of them: hold every role whose tasks this person works and work every section
   * whose tasks they work (a substitute without a section works them all).
   */
  public List<DomainException.Detail> substituteProblems(Actor substitute) {
    List<DomainException.Detail> problems = new ArrayList<>();
    Set<Role> missing = EnumSet.noneOf(Role.class);
    missing.addAll(taskRoles());
    missing.removeAll(substitute.roles());
    if (!missing.isEmpty()) {
      problems.add(
          DomainException.Detail.of(
              "substitute",
              "error.absence.substituteLacksRole",
              substitute.username(),
              username,
              missing.stream().map(Role::id).collect(Collectors.joining(", "))));
    }
    if (substitute.section() != null && !substitute.section().equals(section)) {
      problems.add(
          DomainException.Detail.of(
              "substitute",
              "error.absence.substituteOtherSection",
              substitute.username(),
              username));
    }
    return problems;
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
