package cn.oneseal.domain.model.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The terms a seller declares of a technical contract (技术合同认定登记): money in whole fen, the technical
 * income never above the amount, a contract already signed, and every problem at once with its
 * field; the types that earn the tax relief; the registration number's shape.
 */
class ContractTermsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  private static final String SELLER_CODE = "91350100M000100Y43";

  private static ContractTerms terms(Long amount, Long income, LocalDate signed) {
    return ContractTerms.check(
        "  智能巡检机器人联合开发合同 ",
        ContractType.DEVELOPMENT,
        "太原晋创科技有限公司",
        SELLER_CODE,
        "山西示范制造有限公司",
        null,
        signed,
        signed == null ? null : signed.plusYears(1),
        amount,
        income,
        TODAY);
  }

  private static DomainException refused(Runnable filing) {
    try {
      filing.run();
    } catch (DomainException e) {
      return e;
    }
    throw new AssertionError("the terms were accepted");
  }

  @Test
  void validTermsAreTrimmedAndKeptInFen() {
    ContractTerms terms = terms(120_000_000L, 100_000_000L, TODAY);
    assertThat(terms.contractName()).isEqualTo("智能巡检机器人联合开发合同");
    assertThat(terms.amountFen()).isEqualTo(120_000_000L);
    assertThat(terms.technicalIncomeFen()).isEqualTo(100_000_000L);
    // the whole amount may be technical income, and none of it may be
    assertThat(terms(1L, 1L, TODAY).technicalIncomeFen()).isEqualTo(1L);
    assertThat(terms(1L, 0L, TODAY).technicalIncomeFen()).isZero();
  }

  @Test
  void theTechnicalIncomeNeverExceedsTheAmount() {
    DomainException e = refused(() -> terms(100_00L, 100_01L, TODAY));
    assertThat(e.details())
        .extracting(Detail::field, Detail::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "technicalIncomeFen", "error.technicalContract.technicalIncome"));
  }

  @Test
  void theAmountIsAboveZeroAndWithinTheLimit() {
    for (long amount : new long[] {0L, -1L, TechnicalContract.MAX_AMOUNT_FEN + 1}) {
      assertThat(refused(() -> terms(amount, 0L, TODAY)).details())
          .as("%d fen", amount)
          .extracting(Detail::field)
          .contains("amountFen");
    }
    assertThat(terms(TechnicalContract.MAX_AMOUNT_FEN, 0L, TODAY).amountFen())
        .isEqualTo(TechnicalContract.MAX_AMOUNT_FEN);
  }

  @Test
  void everyProblemComesAtOnceWithItsField() {
    DomainException e =
        refused(
            () ->
                ContractTerms.check(
                    " ",
                    null,
                    "卖方",
                    "91350100M000100Y44",
                    "",
                    null,
                    TODAY.plusDays(1),
                    TODAY,
                    null,
                    -5L,
                    TODAY));
    assertThat(e.details())
        .extracting(Detail::field)
        .containsExactlyInAnyOrder(
            "contractName",
            "buyerName",
            "sellerCreditCode",
            "contractType",
            "signedOn",
            "endsOn",
            "amountFen",
            "technicalIncomeFen");
    assertThat(e.details())
        .filteredOn(d -> "signedOn".equals(d.field()))
        .extracting(Detail::code)
        .containsExactly("error.technicalContract.signedInFuture");
  }

  @Test
  void theBuyerIsNotTheSeller() {
    assertThatThrownBy(
            () ->
                ContractTerms.check(
                    "合同",
                    ContractType.SERVICE,
                    "甲",
                    SELLER_CODE,
                    "乙",
                    SELLER_CODE.toLowerCase(),
                    TODAY,
                    null,
                    100L,
                    100L,
                    TODAY))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.details())
                    .extracting(Detail::code)
                    .containsExactly("error.technicalContract.sameParty"));
  }

  @Test
  void developmentTransferAndLicensingEarnTheTaxReliefConsultingAndServiceDoNot() {
    assertThat(ContractType.values())
        .filteredOn(ContractType::taxRelief)
        .containsExactly(ContractType.DEVELOPMENT, ContractType.TRANSFER, ContractType.LICENSING);
    assertThat(ContractType.of(" Licensing ")).contains(ContractType.LICENSING);
    assertThat(ContractType.of("sale")).isEmpty();
    assertThat(ContractType.of(null)).isEmpty();
  }

  @Test
  void theRegistrationNumberIsTheYearTheDivisionAndASequence() {
    assertThat(TechnicalContract.registrationNumber("140000", 2026, 123))
        .isEqualTo("2026140000000123");
    assertThat(TechnicalContract.registrationNumber("140000", 2027, 1))
        .hasSize(16)
        .startsWith("2027140000");
    assertThatThrownBy(() -> TechnicalContract.registrationNumber("140000", 2026, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class);
    // another installation's authority numbers its own
    assertThat(TechnicalContract.registrationNumber("350000", 2026, 7))
        .isEqualTo("2026350000000007");
  }

  @Test
  void aContractIsRegisteredOnce() {
    TechnicalContract contract =
        new TechnicalContract("XK1", terms(100L, 50L, TODAY), "zhangsan", java.time.Instant.EPOCH);
    contract.register("2026140000000001", "officer", java.time.Instant.EPOCH);
    assertThatThrownBy(
            () -> contract.register("2026140000000002", "officer", java.time.Instant.EPOCH))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.code()).isEqualTo("error.technicalContract.registered"));
    assertThat(contract.getRegistrationNumber()).isEqualTo("2026140000000001");
  }
}
