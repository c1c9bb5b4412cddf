package cn.oneseal.domain.model.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The innovation voucher's rules (晋发〔2017〕51号 §21): 50,000 yuan valid for a year, redeemed in parts
 * never beyond its value, only while valid; the firm registered in the province; its number.
 */
class InnovationVoucherTest {

  private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  private static final String SHANXI =
      CreditCode.compose('9', '1', "140100", CreditCode.bodyFor(4711)).value();
  private static final String FUJIAN = "91350100M000100Y43";

  private static InnovationVoucher issued() {
    InnovationVoucher voucher =
        new InnovationVoucher(
            "XK1",
            VoucherApplicant.check("太原晋创科技有限公司", SHANXI, "m", true, "团队五人", "14"),
            Instant.EPOCH);
    voucher.issue("KJQ2026000001", VoucherTerms.POLICY, Instant.EPOCH, ISSUED);
    return voucher;
  }

  private static String conflict(Runnable act) {
    try {
      act.run();
    } catch (DomainException e) {
      return e.code();
    }
    throw new AssertionError("allowed");
  }

  @Test
  void aVoucherIsWorthFiftyThousandYuanForAYear() {
    InnovationVoucher voucher = issued();
    assertThat(voucher.getAmountFen()).isEqualTo(5_000_000L);
    assertThat(voucher.getValidUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(voucher.stateOn(ISSUED)).isEqualTo("valid");
    assertThat(voucher.stateOn(LocalDate.of(2027, 3, 1))).isEqualTo("valid");
    assertThat(voucher.stateOn(LocalDate.of(2027, 3, 2))).isEqualTo("lapsed");
    assertThat(voucher.holdsOn(LocalDate.of(2027, 3, 2))).isFalse();
    assertThat(voucher.getIndustry()).isEqualTo("M");
  }

  @Test
  void itIsRedeemedInPartsNeverBeyondItsValue() {
    InnovationVoucher voucher = issued();
    voucher.redeem(3_000_000L, ISSUED);
    voucher.redeem(1_999_999L, ISSUED.plusDays(30));
    assertThat(voucher.remainingFen()).isEqualTo(1L);
    assertThat(conflict(() -> voucher.redeem(2L, ISSUED))).isEqualTo("error.voucher.exceeds");
    assertThat(voucher.remainingFen()).as("nothing changed").isEqualTo(1L);
    voucher.redeem(1L, ISSUED);
    assertThat(voucher.stateOn(ISSUED)).isEqualTo("used");
    assertThat(voucher.holdsOn(ISSUED)).isFalse();
  }

  @Test
  void nothingIsRedeemedAfterItsLastDayBeforeItIsIssuedOrForNothing() {
    InnovationVoucher voucher = issued();
    assertThat(conflict(() -> voucher.redeem(100L, LocalDate.of(2027, 3, 2))))
        .isEqualTo("error.voucher.lapsed");
    assertThat(conflict(() -> voucher.redeem(0L, ISSUED))).isEqualTo("error.voucher.amount");
    assertThat(conflict(() -> voucher.redeem(-5L, ISSUED))).isEqualTo("error.voucher.amount");
    InnovationVoucher applied =
        new InnovationVoucher(
            "XK2", VoucherApplicant.check("甲", SHANXI, "C", false, "团队", "14"), Instant.EPOCH);
    assertThat(conflict(() -> applied.redeem(100L, ISSUED))).isEqualTo("error.voucher.notIssued");
    assertThat(applied.holdsOn(ISSUED)).as("an application under way holds the firm").isTrue();
    applied.deny();
    assertThat(applied.stateOn(ISSUED)).isEqualTo("denied");
    assertThat(
            conflict(
                () -> applied.issue("KJQ2026000002", VoucherTerms.POLICY, Instant.EPOCH, ISSUED)))
        .isEqualTo("error.voucher.state");
  }

  @Test
  void theFirmIsRegisteredInTheProvinceAndNamesItsIndustry() {
    DomainException e =
        (DomainException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> VoucherApplicant.check(" ", FUJIAN, "Z", null, "", "14"));
    assertThat(e.details())
        .extracting(Detail::field, Detail::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("firmName", "error.field.required"),
            org.assertj.core.groups.Tuple.tuple("creditCode", "error.voucher.notInProvince"),
            org.assertj.core.groups.Tuple.tuple("industry", "error.voucher.industry"),
            org.assertj.core.groups.Tuple.tuple("privateFirm", "error.field.required"),
            org.assertj.core.groups.Tuple.tuple("teamSummary", "error.field.required"));
  }

  @Test
  void theTermsAreSettingsWithThePolicysNumbersAsDefaults() {
    InnovationVoucher voucher =
        new InnovationVoucher(
            "XK3", VoucherApplicant.check("乙", SHANXI, "I", true, "团队", "14"), Instant.EPOCH);
    voucher.issue(
        "KJQ2026000003",
        new VoucherTerms(8_000_000L, java.time.Period.ofMonths(6), "14", 60),
        Instant.EPOCH,
        ISSUED);
    assertThat(voucher.getAmountFen()).isEqualTo(8_000_000L);
    assertThat(voucher.getValidUntil()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(VoucherTerms.POLICY)
        .isEqualTo(new VoucherTerms(5_000_000L, java.time.Period.ofYears(1), "14", 50));
    assertThatThrownBy(() -> new VoucherTerms(0, java.time.Period.ofYears(1), "14", 50))
        .isInstanceOf(IllegalArgumentException.class);
    // a firm of another province is refused by the province the installation names
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> VoucherApplicant.check("丙", SHANXI, "C", true, "团队", "35"),
                    DomainException.class)
                .details())
        .extracting(Detail::code)
        .containsExactly("error.voucher.notInProvince");
  }

  @Test
  void theNumberIsTheYearAndASequence() {
    assertThat(InnovationVoucher.number(2026, 123)).isEqualTo("KJQ2026000123");
    assertThatThrownBy(() -> InnovationVoucher.number(2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
