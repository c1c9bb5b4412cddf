package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The signature a department computes and checks (docs/exchange.md), both ways. */
class ExchangeSignatureTest {

  private static final String SECRET = "a-shared-secret-of-at-least-32-characters";
  private static final byte[] BODY =
      "{\"pushId\":\"p-1\",\"receipt\":\"收据-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void isHmacSha256OverTheTimestampANewlineAndTheBodyInBase64() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal(concat("1780000000\n".getBytes(StandardCharsets.UTF_8), BODY));

    assertThat(ExchangeSignature.sign(SECRET, "1780000000", BODY))
        .isEqualTo("hmac-sha256=" + Base64.getEncoder().encodeToString(expected));
  }

  @Test
  void matchesOnlyTheSameSecretTimestampAndBytes() {
    String header = ExchangeSignature.sign(SECRET, "1780000000", BODY);

    assertThat(ExchangeSignature.matches(SECRET, "1780000000", BODY, header)).isTrue();
    assertThat(ExchangeSignature.matches(SECRET + "x", "1780000000", BODY, header)).isFalse();
    assertThat(ExchangeSignature.matches(SECRET, "1780000001", BODY, header)).isFalse();
    byte[] changed = BODY.clone();
    changed[changed.length - 3] ^= 1;
    assertThat(ExchangeSignature.matches(SECRET, "1780000000", changed, header)).isFalse();
    assertThat(ExchangeSignature.matches(SECRET, "1780000000", BODY, null)).isFalse();
    assertThat(ExchangeSignature.matches(SECRET, "1780000000", BODY, "hmac-sha256=%%%")).isFalse();
    assertThat(ExchangeSignature.matches(SECRET, "1780000000", BODY, header.substring(12)))
        .as("without its scheme")
        .isFalse();
  }

  @Test
  void aTimestampIsFreshWithinFiveMinutesEitherWay() {
    Instant now = Instant.ofEpochSecond(1_780_000_000L);

    assertThat(ExchangeSignature.fresh("1780000000", now)).isTrue();
    assertThat(ExchangeSignature.fresh("1779999700", now)).isTrue();
    assertThat(ExchangeSignature.fresh("1779999699", now)).isFalse();
    assertThat(ExchangeSignature.fresh("1780000301", now)).isFalse();
    assertThat(ExchangeSignature.fresh("2026-12-04T03:00:00Z", now)).isFalse();
    assertThat(ExchangeSignature.fresh(null, now)).isFalse();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
