package cn.oneseal.domain.model.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The override rule of seed §25: a listed applicant is approved only with a legal reason on record
 * where the item allows it, never where the item refuses; denial and unlisted applicants are
 * untouched.
 */
class CreditRuleTest {

  @Test
  void underTheReasonRuleAListedApplicantIsApprovedOnlyWithAReason() {
    assertThat(CreditRule.REASON.judge(true, true, "  依据《某条例》第十条，经集体讨论准予  "))
        .isEqualTo("依据《某条例》第十条，经集体讨论准予");
    assertThatThrownBy(() -> CreditRule.REASON.judge(true, true, " "))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
              assertThat(e.code()).isEqualTo("error.credit.overrideReasonRequired");
            });
  }

  @Test
  void underTheRefuseRuleNoReasonMakesTheApprovalLawful() {
    assertThatThrownBy(() -> CreditRule.REFUSE.judge(true, true, "有理由也不行"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
              assertThat(e.code()).isEqualTo("error.credit.listedRefused");
            });
  }

  @Test
  void denialAndUnlistedApplicantsNeedNothing() {
    assertThat(CreditRule.REFUSE.judge(true, false, null)).isNull();
    assertThat(CreditRule.REFUSE.judge(false, true, null)).isNull();
    assertThat(CreditRule.REASON.judge(false, true, "多余的理由")).isNull();
  }

  @Test
  void theItemsDataNamesTheRuleAndAnythingElseIsTheDefault() {
    assertThat(CreditRule.of("refuse")).isEqualTo(CreditRule.REFUSE);
    assertThat(CreditRule.of(" REFUSE ")).isEqualTo(CreditRule.REFUSE);
    assertThat(CreditRule.of("reason")).isEqualTo(CreditRule.REASON);
    assertThat(CreditRule.of(null)).isEqualTo(CreditRule.REASON);
  }
}
