package cn.oneseal.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.shared.DomainException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

  @Test
  void noAccountHoldsTwoOfTheThreeAdministratorRoles() {
    assertThat(codes(EnumSet.of(Role.ADMIN, Role.AUDIT_ADMIN)))
        .containsExactly("error.account.separationOfDuties");
    assertThat(codes(EnumSet.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)))
        .containsExactly("error.account.separationOfDuties");
  }

  @Test
  void anAdministratorWorksNoCasesAndReadsNoneEither() {
    assertThat(codes(EnumSet.of(Role.ADMIN, Role.OFFICER)))
        .containsExactly("error.account.separationOfDuties");
    assertThat(codes(EnumSet.of(Role.AUDIT_ADMIN, Role.SUPERVISOR)))
        .containsExactly("error.account.separationOfDuties");
  }

  @Test
  void eachAdministratorAloneAndTheUsualStaffSetsAreAllowed() {
    for (Role alone : EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
      assertThat(Roles.problems(Set.of(alone))).isEmpty();
    }
    assertThat(Roles.problems(EnumSet.of(Role.CHIEF, Role.OFFICER))).isEmpty();
  }

  @Test
  void anAccountNeedsARoleAndAnApplicantIsNotStaff() {
    assertThat(codes(Set.of())).containsExactly("error.account.noRole");
    assertThat(codes(EnumSet.of(Role.CITIZEN, Role.CLERK)))
        .containsExactly("error.account.citizenAndStaff");
  }

  @Test
  void everyoneButApplicantsSignsInWithASecondFactor() {
    assertThat(EnumSet.allOf(Role.class).stream().filter(r -> !r.needsSecondFactor()))
        .containsExactly(Role.CITIZEN);
  }

  private static Iterable<String> codes(Set<Role> roles) {
    return Roles.problems(roles).stream().map(DomainException.Detail::code).toList();
  }
}
