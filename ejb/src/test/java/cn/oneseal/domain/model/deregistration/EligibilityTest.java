package cn.oneseal.domain.model.deregistration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.registration.EntityType;
import cn.oneseal.domain.shared.DomainException.Detail;
import org.junit.jupiter.api.Test;

/** Who may take the simplified path (domain §7): every failed condition at once. */
class EligibilityTest {

  private static final String CODE = "91140100MA0000001X";

  @Test
  void aBusinessInGoodStandingThatDeclaresEverythingIsEligible() {
    Eligibility ok = new Eligibility(true, false, false, false, true, true, true);
    assertThat(ok.eligible()).isTrue();
    assertThat(ok.problems(CODE)).isEmpty();
  }

  @Test
  void everyFailedConditionIsReportedWithItsField() {
    Eligibility all = new Eligibility(false, true, true, true, false, false, false);
    assertThat(all.eligible()).isFalse();
    assertThat(all.problems(CODE))
        .extracting(Detail::code)
        .containsExactly(
            "error.deregistration.licenceNotInForce",
            "error.deregistration.dishonest",
            "error.deregistration.abnormal",
            "error.deregistration.investigation",
            "error.deregistration.debts",
            "error.deregistration.listedCompany",
            "error.deregistration.frozenEquity");
    assertThat(all.problems(CODE))
        .extracting(Detail::field)
        .containsExactly(
            "creditCode",
            "creditCode",
            "creditCode",
            "creditCode",
            "noDebts",
            "notListedCompany",
            "noFrozenEquity");
  }

  @Test
  void aListedBusinessIsRefusedEvenWithEveryDeclaration() {
    Eligibility listed = new Eligibility(true, true, false, false, true, true, true);
    assertThat(listed.problems(CODE))
        .extracting(Detail::code)
        .containsExactly("error.deregistration.dishonest");
  }

  @Test
  void onlyTheSimplifiedPathOfABusinessOtherThanAnIndividualBusinessIsNotified() {
    assertThat(Deregistration.needsNotice(DeregistrationPath.SIMPLE, EntityType.COMPANY)).isTrue();
    assertThat(
            Deregistration.needsNotice(DeregistrationPath.SIMPLE, EntityType.INDIVIDUAL_BUSINESS))
        .isFalse();
    assertThat(Deregistration.needsNotice(DeregistrationPath.ORDINARY, EntityType.COMPANY))
        .isFalse();
  }
}
