package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import org.junit.jupiter.api.Test;

/**
 * Whose reads of a case are on the trail, and in which role the applicant sees the reader: the most
 * specific role of a member of staff; the applicant's own reads are not recorded.
 */
class CaseReadsTest {

  @Test
  void staffAndSupervisorsAreRecordedTheApplicantAndAdministratorsAreNot() {
    assertThat(CaseReads.recorded(Actor.of("clerk", Role.CLERK))).isTrue();
    assertThat(CaseReads.recorded(Actor.of("supervisor", Role.SUPERVISOR))).isTrue();
    assertThat(CaseReads.recorded(Actor.of("zhangsan", Role.CITIZEN))).isFalse();
    assertThat(CaseReads.recorded(Actor.of("admin", Role.ADMIN))).isFalse();
    assertThat(CaseReads.recorded(Actor.system())).isFalse();
  }

  @Test
  void aReaderIsShownInTheirMostSpecificRole() {
    assertThat(CaseReads.roleOf(Actor.of("chief", Role.OFFICER, Role.CHIEF))).isEqualTo("chief");
    assertThat(CaseReads.roleOf(Actor.of("director", Role.DIRECTOR, Role.OFFICER)))
        .isEqualTo("director");
    assertThat(CaseReads.roleOf(Actor.of("clerk", Role.CLERK))).isEqualTo("clerk");
    assertThat(CaseReads.roleOf(Actor.of("supervisor", Role.SUPERVISOR))).isEqualTo("supervisor");
  }
}
