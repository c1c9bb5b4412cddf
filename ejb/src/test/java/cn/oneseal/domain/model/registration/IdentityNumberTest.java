package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.registration.Validation.Problem;
import cn.oneseal.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final String EXAMPLE = "11010519491231002X";

  private static List<String> codes(String candidate) {
    return IdentityNumber.validate(candidate, TODAY).problems().stream()
        .map(Problem::code)
        .toList();
  }

  /** {@code first17} completed with its correct check character. */
  private static String withCheck(String first17) {
    return first17 + IdentityNumber.check(first17 + "0");
  }

  @Test
  void theExampleIsValid() {
    assertThat(codes(EXAMPLE)).isEmpty();
    IdentityNumber number = IdentityNumber.of(EXAMPLE, TODAY);
    assertThat(number.value()).isEqualTo(EXAMPLE);
    assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void aWrongCheckCharacterIsRejected() {
    for (char check : "0123456789".toCharArray()) {
      assertThat(codes(EXAMPLE.substring(0, 17) + check))
          .containsExactly(IdentityNumber.CHECK_PROBLEM);
    }
    assertThat(codes("110105194912310021")).containsExactly(IdentityNumber.CHECK_PROBLEM);
  }

  @Test
  void impossibleBirthDatesAreRejected() {
    assertThat(codes(withCheck("11010520000230002")))
        .containsExactly(IdentityNumber.BIRTH_DATE_PROBLEM);
    assertThat(codes(withCheck("11010520001301002")))
        .containsExactly(IdentityNumber.BIRTH_DATE_PROBLEM);
    assertThat(codes(withCheck("11010519000229002")))
        .containsExactly(IdentityNumber.BIRTH_DATE_PROBLEM);
    assertThat(codes(withCheck("11010520000229002"))).isEmpty();
  }

  @Test
  void aBirthDateAfterTodayIsRejected() {
    assertThat(codes(withCheck("11010520261127002"))).isEmpty();
    assertThat(codes(withCheck("11010520261128002")))
        .containsExactly(IdentityNumber.FUTURE_BIRTH_DATE_PROBLEM);
  }

  @Test
  void lengthAndCharactersAreChecked() {
    assertThat(codes("11010519491231002")).containsExactly(IdentityNumber.LENGTH_PROBLEM);
    assertThat(codes(null)).containsExactly(IdentityNumber.LENGTH_PROBLEM);
    assertThat(IdentityNumber.validate("11010519491231002x", TODAY).problems())
        .containsExactly(new Problem(IdentityNumber.CHARACTER_PROBLEM, List.of(18)));
    assertThat(IdentityNumber.validate("X1010519491231002X", TODAY).problems())
        .containsExactly(new Problem(IdentityNumber.CHARACTER_PROBLEM, List.of(1)));
  }

  @Test
  void problemsNeverRepeatTheDigits() {
    for (String candidate :
        List.of("110105194912310021", "11010520001301002X", "1101051949123100", EXAMPLE + "1")) {
      IdentityNumber.validate(candidate, TODAY)
          .problems()
          .forEach(p -> assertThat(p.args()).allMatch(Integer.class::isInstance));
    }
  }

  @Test
  void maskingKeepsTheFirstSixAndTheLastFour() {
    assertThat(IdentityNumber.of(EXAMPLE, TODAY).masked()).isEqualTo("110105********002X");
  }

  @Test
  void toStringDoesNotLeakTheNumber() {
    IdentityNumber number = IdentityNumber.of(EXAMPLE, TODAY);
    assertThat(number.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
    assertThat(String.valueOf(List.of(number))).doesNotContain(EXAMPLE);
  }

  @Test
  void ofRefusesWithTheFirstProblem() {
    assertThatThrownBy(() -> IdentityNumber.of("110105194912310021", TODAY))
        .isInstanceOf(DomainException.class)
        .hasMessage(IdentityNumber.CHECK_PROBLEM)
        .hasMessageNotContaining("1949");
  }
}
