package cn.oneseal.domain.model.account;

import cn.oneseal.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sets of roles one account may hold. Separation of duties (三权分立): an administrator role
 * (system, security, audit) is the account's only role, so that no one person both runs the system
 * and audits it, and no administrator works or reads cases.
 */
public final class Roles {

  private Roles() {}

  /** What is wrong with giving an account these roles, all at once; empty when nothing is. */
  public static List<DomainException.Detail> problems(Set<Role> roles) {
    List<DomainException.Detail> problems = new ArrayList<>();
    if (roles == null || roles.isEmpty()) {
      problems.add(DomainException.Detail.of("roles", "error.account.noRole"));
      return problems;
    }
    List<Role> administrator = roles.stream().filter(Role::isAdministrator).toList();
    if (!administrator.isEmpty() && roles.size() > 1) {
      problems.add(
          DomainException.Detail.of(
              "roles",
              "error.account.separationOfDuties",
              administrator.stream().map(Role::id).collect(Collectors.joining(", ")),
              roles.stream().map(Role::id).sorted().collect(Collectors.joining(", "))));
    }
    if (roles.contains(Role.CITIZEN) && roles.size() > 1) {
      problems.add(DomainException.Detail.of("roles", "error.account.citizenAndStaff"));
    }
    return problems;
  }
}
