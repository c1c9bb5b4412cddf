package cn.oneseal.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(10_000);

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String hash = hasher.hash("demo123".toCharArray());
    assertThat(PasswordHasher.matches("demo123".toCharArray(), hash)).isTrue();
    assertThat(PasswordHasher.matches("demo124".toCharArray(), hash)).isFalse();
    assertThat(PasswordHasher.matches("".toCharArray(), hash)).isFalse();
  }

  @Test
  void hashesAreSaltedSoEqualPasswordsGiveDifferentHashes() {
    String first = hasher.hash("demo123".toCharArray());
    String second = hasher.hash("demo123".toCharArray());
    assertThat(first)
        .isNotEqualTo(second)
        .startsWith("pbkdf2-sha256$10000$")
        .doesNotContain("demo123");
  }

  @Test
  void malformedStoredHashesNeverMatch() {
    assertThat(PasswordHasher.matches("x".toCharArray(), null)).isFalse();
    assertThat(PasswordHasher.matches("x".toCharArray(), "plain")).isFalse();
    assertThat(PasswordHasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$###$###")).isFalse();
    assertThat(PasswordHasher.matches("x".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv"))
        .isFalse();
  }

  @Test
  void tooFewIterationsAreRefused() {
    assertThatThrownBy(() -> new PasswordHasher(1000)).isInstanceOf(IllegalArgumentException.class);
  }
}
