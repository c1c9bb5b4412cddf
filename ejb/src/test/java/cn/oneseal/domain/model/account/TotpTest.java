package cn.oneseal.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238's test vectors, the ±1 step window, replay, and Base32 (RFC 4648). */
class TotpTest {

  /** RFC 6238 appendix B: the SHA-1 key is the ASCII of "12345678901234567890". */
  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  private static final String RFC_KEY_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void codesAreThoseOfRfc6238AppendixB(long epochSecond, String expected) {
    assertThat(Totp.code(RFC_KEY, Totp.stepAt(epochSecond), 8)).isEqualTo(expected);
  }

  @Test
  void sixDigitCodesAreTheLastSixOfTheRfcs() {
    assertThat(Totp.code(RFC_KEY_BASE32, Totp.stepAt(59))).isEqualTo("287082");
    assertThat(Totp.code(RFC_KEY_BASE32, Totp.stepAt(1111111109))).isEqualTo("081804");
  }

  @Test
  void aCodeCountsForItsStepAndOneStepEitherSideOnly() {
    long now = 1_700_000_000L;
    long step = Totp.stepAt(now);
    for (long offset = -1; offset <= 1; offset++) {
      String code = Totp.code(RFC_KEY_BASE32, step + offset);
      assertThat(Totp.matchingStep(RFC_KEY_BASE32, code, now, 0)).hasValue(step + offset);
    }
    assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.code(RFC_KEY_BASE32, step - 2), now, 0))
        .isEmpty();
    assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.code(RFC_KEY_BASE32, step + 2), now, 0))
        .isEmpty();
  }

  @Test
  void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
    long now = 1_700_000_000L;
    long step = Totp.stepAt(now);
    String code = Totp.code(RFC_KEY_BASE32, step);
    assertThat(Totp.matchingStep(RFC_KEY_BASE32, code, now, step)).isEmpty();
    assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.code(RFC_KEY_BASE32, step - 1), now, step))
        .isEmpty();
    assertThat(Totp.matchingStep(RFC_KEY_BASE32, Totp.code(RFC_KEY_BASE32, step + 1), now, step))
        .hasValue(step + 1);
  }

  @Test
  void malformedCodesAreRefusedNotFailed() {
    long now = 1_700_000_000L;
    for (String bad : new String[] {null, "", "12345", "1234567", "12a456", "１２３４５６"}) {
      assertThat(Totp.matchingStep(RFC_KEY_BASE32, bad, now, 0)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void base32RoundTripsAndReadsTheRfc4648Vectors() {
    assertThat(Totp.base32(RFC_KEY)).isEqualTo(RFC_KEY_BASE32);
    assertThat(Totp.base32Decode(RFC_KEY_BASE32)).isEqualTo(RFC_KEY);
    assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Totp.base32Decode("mzxw 6ytb-oi======")).isEqualTo("foobar".getBytes());
    assertThatThrownBy(() -> Totp.base32Decode("MZXW1"))
        .isInstanceOf(IllegalArgumentException.class);
    String fresh = Totp.newSecret();
    assertThat(fresh).hasSize(32).matches("[A-Z2-7]+");
    assertThat(Totp.base32Decode(fresh)).hasSize(Totp.SECRET_BYTES);
  }

  @Test
  void theKeyUriIsWhatAuthenticatorAppsRead() {
    assertThat(Totp.keyUri("OneSeal", "clerk2", RFC_KEY_BASE32))
        .startsWith("otpauth://totp/OneSeal:clerk2?secret=" + RFC_KEY_BASE32 + "&issuer=OneSeal");
  }
}
