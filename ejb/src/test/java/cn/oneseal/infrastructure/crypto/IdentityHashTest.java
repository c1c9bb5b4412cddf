package cn.oneseal.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The keyed hash under which the dishonesty register keeps identity numbers: the same number
 * matches however it was typed, another number or another installation's key does not, and the hash
 * never contains the number.
 */
class IdentityHashTest {

  private static byte[] key(int fill) {
    byte[] raw = new byte[32];
    Arrays.fill(raw, (byte) fill);
    return raw;
  }

  @Test
  void theSameNumberMatchesAsImportedAndAsFiled() {
    AesIdentityVault vault = AesIdentityVault.withKey(key(7));
    String listed = vault.identityHash("11010519491231002x");
    assertThat(listed).matches("[0-9a-f]{64}");
    assertThat(vault.identityHash(" 11010519491231002X ")).isEqualTo(listed);
    assertThat(listed).doesNotContain("110105");
  }

  @Test
  void anotherNumberOrAnotherKeyDoesNotMatch() {
    AesIdentityVault vault = AesIdentityVault.withKey(key(7));
    String listed = vault.identityHash("11010519491231002X");
    assertThat(vault.identityHash("110105199001011232")).isNotEqualTo(listed);
    assertThat(AesIdentityVault.withKey(key(8)).identityHash("11010519491231002X"))
        .isNotEqualTo(listed);
  }

  @Test
  void theHashIsNotAPlainShaOfTheNumber() throws Exception {
    String plain =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(
                        "11010519491231002X".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(AesIdentityVault.withKey(key(7)).identityHash("11010519491231002X"))
        .isNotEqualTo(plain);
  }
}
