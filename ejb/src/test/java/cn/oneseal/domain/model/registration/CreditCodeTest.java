package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.registration.Validation.Problem;
import cn.oneseal.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {

  /** The worked example of the domain document: inner check 4, outer check 3. */
  private static final String EXAMPLE = "91350100M000100Y43";

  private static final String TYPES = "123";

  private static List<String> codes(Validation validation) {
    return validation.problems().stream().map(Problem::code).toList();
  }

  private static CreditCode randomCode(Random random) {
    String division = String.format("%06d", random.nextInt(1_000_000));
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      body.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
    }
    return CreditCode.compose('9', TYPES.charAt(random.nextInt(3)), division, body.toString());
  }

  @Test
  void theWorkedExampleIsValid() {
    assertThat(CreditCode.validate(EXAMPLE).problems()).isEmpty();
    CreditCode code = CreditCode.of(EXAMPLE);
    assertThat(code.value()).isEqualTo(EXAMPLE);
    assertThat(code.authority()).isEqualTo('9');
    assertThat(code.type()).isEqualTo('1');
    assertThat(code.division()).isEqualTo("350100");
    assertThat(code.organisationCode()).isEqualTo("M000100Y4");
  }

  @Test
  void composingTheExamplesPartsGivesBothCheckCharacters() {
    assertThat(CreditCode.compose('9', '1', "350100", "M000100Y").value()).isEqualTo(EXAMPLE);
  }

  @Test
  void theOrganisationCheckCountsMAs22AndNotAs21() {
    // full alphabet: M = 22, 22·3 = 66 ≡ 0 (mod 11), c = 11 → '0'
    // outer alphabet (the bug): M = 21, 21·3 = 63 ≡ 8 (mod 11), c = 3 → '3'
    CreditCode right = CreditCode.compose('9', '1', "350100", "M0000000");
    assertThat(right.organisationCode()).isEqualTo("M00000000");
    assertThat(CreditCode.validate(right.value()).isValid()).isTrue();

    String buggyFirst17 = "91350100M0000000" + "3";
    String buggy = buggyFirst17 + CreditCode.check(buggyFirst17);
    assertThat(codes(CreditCode.validate(buggy)))
        .containsExactly(CreditCode.ORGANISATION_CHECK_PROBLEM);
    assertThat(CreditCode.validate(buggy).problems().get(0).args()).containsExactly("3", "0");
  }

  @Test
  void tenThousandComposedCodesAreValidAndDistinct() {
    Random random = new Random(20151001);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      CreditCode code = randomCode(random);
      assertThat(CreditCode.validate(code.value()).problems()).as(code.value()).isEmpty();
      assertThat(CreditCode.of(code.value())).isEqualTo(code);
      seen.add(code.value());
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void everySingleCharacterCorruptionIsRejected() {
    Random random = new Random(32100);
    List<String> sample = new ArrayList<>(List.of(EXAMPLE));
    for (int i = 0; i < 50; i++) {
      sample.add(randomCode(random).value());
    }
    int corruptions = 0;
    for (String code : sample) {
      for (int position = 0; position < CreditCode.LENGTH; position++) {
        for (char replacement : (CreditCode.ALPHABET + "IOSVZabcxyz").toCharArray()) {
          if (replacement == code.charAt(position)) {
            continue;
          }
          String corrupted =
              code.substring(0, position) + replacement + code.substring(position + 1);
          assertThat(CreditCode.validate(corrupted).isValid()).as(corrupted).isFalse();
          corruptions++;
        }
      }
    }
    assertThat(corruptions).isEqualTo(sample.size() * CreditCode.LENGTH * (31 + 11 - 1));
  }

  @Test
  void aCorruptedCheckCharacterIsNamed() {
    assertThat(codes(CreditCode.validate("91350100M000100Y44")))
        .containsExactly(CreditCode.CHECK_PROBLEM);
    assertThat(CreditCode.validate("91350100M000100Y44").problems().get(0).args())
        .containsExactly("4", "3");
  }

  @Test
  void aCorruptedBodyBreaksBothChecks() {
    assertThat(codes(CreditCode.validate("91350100M000200Y43")))
        .containsExactly(CreditCode.ORGANISATION_CHECK_PROBLEM, CreditCode.CHECK_PROBLEM);
  }

  @ParameterizedTest
  @CsvSource({
    "9135010M000100Y43, error.creditCode.length",
    "91350100M000100Y43X, error.creditCode.length",
    "'', error.creditCode.length",
    "94350100M000100Y43, error.creditCode.authority",
    "B1350100M000100Y43, error.creditCode.authority",
    "913501A0M000100Y43, error.creditCode.division",
  })
  void eachProblemIsFound(String candidate, String problem) {
    assertThat(codes(CreditCode.validate(candidate))).contains(problem);
  }

  @Test
  void nullIsTheEmptyString() {
    assertThat(codes(CreditCode.validate(null))).containsExactly(CreditCode.LENGTH_PROBLEM);
    assertThat(CreditCode.validate(null).problems().get(0).args()).containsExactly(0);
  }

  @Test
  void lowerCaseIsRejectedPositionByPosition() {
    Validation validation = CreditCode.validate("91350100m000100y43");
    assertThat(validation.problems())
        .containsExactly(
            new Problem(CreditCode.CHARACTER_PROBLEM, List.of(9, "m")),
            new Problem(CreditCode.CHARACTER_PROBLEM, List.of(16, "y")));
  }

  @Test
  void lettersOutsideTheAlphabetAreRejected() {
    for (char letter : "IOSVZ".toCharArray()) {
      String code = "91350100" + letter + "000100Y43";
      assertThat(CreditCode.validate(code).problems())
          .as(code)
          .contains(new Problem(CreditCode.CHARACTER_PROBLEM, List.of(9, String.valueOf(letter))));
    }
  }

  @Test
  void everyProblemOfOneCodeIsReported() {
    assertThat(codes(CreditCode.validate("9435A100M000200Y44")))
        .containsExactly(
            CreditCode.AUTHORITY_PROBLEM,
            CreditCode.DIVISION_PROBLEM,
            CreditCode.ORGANISATION_CHECK_PROBLEM,
            CreditCode.CHECK_PROBLEM);
  }

  @Test
  void junkIsAnsweredWithProblemsNotExceptions() {
    assertThat(CreditCode.validate(" ").isValid()).isFalse();
    assertThat(CreditCode.validate("统一社会信用代码统一社会信用代码统一").problems())
        .extracting(Problem::code)
        .containsSubsequence(CreditCode.CHARACTER_PROBLEM, CreditCode.AUTHORITY_PROBLEM)
        .doesNotContain(CreditCode.LENGTH_PROBLEM, CreditCode.CHECK_PROBLEM);
    assertThat(CreditCode.validate("😀".repeat(18)).problems())
        .hasSize(18)
        .first()
        .isEqualTo(new Problem(CreditCode.CHARACTER_PROBLEM, List.of(1, "😀")));
    assertThat(CreditCode.validate("9".repeat(100)).problems())
        .containsExactly(new Problem(CreditCode.LENGTH_PROBLEM, List.of(100)));
  }

  @Test
  void ofRefusesWithTheFirstProblem() {
    assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(e.code()).isEqualTo(CreditCode.CHECK_PROBLEM);
              assertThat(e.arguments()).containsExactly("4", "3");
            });
  }

  @Test
  void composeRefusesBadParts() {
    assertThatThrownBy(() -> CreditCode.compose('9', '1', "35010", "M000100Y"))
        .hasMessage(CreditCode.DIVISION_PROBLEM);
    assertThatThrownBy(() -> CreditCode.compose('9', '1', "350100", "M000100"))
        .hasMessage(CreditCode.BODY_PROBLEM);
    assertThatThrownBy(() -> CreditCode.compose('9', '1', "350100", "M0001O0Y"))
        .hasMessage(CreditCode.BODY_PROBLEM);
    assertThatThrownBy(() -> CreditCode.compose('9', '4', "350100", "M000100Y"))
        .hasMessage(CreditCode.AUTHORITY_PROBLEM);
  }

  @Test
  void theMarketRegulationAuthorityGivesOnlyTypes1To3() {
    assertThat(CreditCode.isValidType('9', '1')).isTrue();
    assertThat(CreditCode.isValidType('9', '2')).isTrue();
    assertThat(CreditCode.isValidType('9', '3')).isTrue();
    assertThat(CreditCode.isValidType('9', '9')).isFalse();
    assertThat(CreditCode.isValidType('5', '1')).isTrue();
    assertThat(CreditCode.isValidType('Z', '1')).isFalse();
  }

  @Test
  void bodiesAreTheCounterInBase31() {
    assertThat(CreditCode.bodyFor(0)).isEqualTo("00000000");
    assertThat(CreditCode.bodyFor(1)).isEqualTo("00000001");
    assertThat(CreditCode.bodyFor(30)).isEqualTo("0000000Y");
    assertThat(CreditCode.bodyFor(31)).isEqualTo("00000010");
    assertThat(CreditCode.bodyFor(CreditCode.BODY_CAPACITY - 1)).isEqualTo("YYYYYYYY");
    assertThatThrownBy(() -> CreditCode.bodyFor(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditCode.bodyFor(CreditCode.BODY_CAPACITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void consecutiveCountersGiveDistinctValidCodes() {
    Set<String> seen = new HashSet<>();
    for (long counter = 0; counter < 20_000; counter++) {
      CreditCode code = CreditCode.compose('9', '1', "110105", CreditCode.bodyFor(counter));
      assertThat(CreditCode.validate(code.value()).isValid()).as(code.value()).isTrue();
      seen.add(code.value());
    }
    long far = CreditCode.BODY_CAPACITY - 20;
    for (long counter = far; counter < CreditCode.BODY_CAPACITY; counter++) {
      assertThat(
              seen.add(CreditCode.compose('9', '2', "110105", CreditCode.bodyFor(counter)).value()))
          .isTrue();
    }
    assertThat(seen).hasSize(20_020);
  }

  @Test
  void theCounterEntityHandsOutOneBodyAfterTheOther() {
    CreditCodeCounter counter = new CreditCodeCounter("110105");
    assertThat(counter.takeNextBody()).isEqualTo("00000001");
    assertThat(counter.takeNextBody()).isEqualTo("00000002");
    assertThat(counter.getNextValue()).isEqualTo(3);
  }
}
