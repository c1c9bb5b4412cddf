package cn.oneseal.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text of an access token: found by id, its secret compared only by its SHA-256. */
class TokenTextTest {

  @Test
  void aNewTokenReadsBackAndMatchesOnlyItsOwnHash() {
    String secret = TokenText.newSecret();
    TokenText token = new TokenText(42, secret);
    assertThat(token.text()).startsWith("os_42_").hasSize("os_42_".length() + 43);
    TokenText read = TokenText.parse(token.text()).orElseThrow();
    assertThat(read).isEqualTo(token);
    assertThat(read.matches(TokenText.hash(secret))).isTrue();
    assertThat(read.matches(TokenText.hash(TokenText.newSecret()))).isFalse();
  }

  @Test
  void theStoredHashIsSha256HexAndNotTheSecret() {
    String secret = TokenText.newSecret();
    assertThat(TokenText.hash(secret)).hasSize(64).matches("[0-9a-f]+").doesNotContain(secret);
    // SHA-256("abc"), FIPS 180-2
    assertThat(TokenText.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void anythingNotOfTheShapeIsNoToken() {
    String secret = TokenText.newSecret();
    for (String bad :
        new String[] {
          null,
          "",
          "os_",
          "os__" + secret,
          "os_x_" + secret,
          "os_1_" + secret.substring(1),
          "os_1_" + secret + "A",
          "os_1_" + secret.substring(1) + "/",
          "xx_1_" + secret,
          "os_1234567890123456789_" + secret
        }) {
      assertThat(TokenText.parse(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void itsPrintedFormNeverShowsTheSecret() {
    String secret = TokenText.newSecret();
    assertThat(new TokenText(7, secret).toString()).doesNotContain(secret);
  }
}
