package cn.oneseal.infrastructure.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignedRangeTest {

  /** 10 bytes, the 6-byte hole {@code <0a1b>} from 10 to 16, then 4 bytes: 20 bytes in all. */
  @Test
  void aRangeAroundOneHexStringCoveringTheRestIsWhole() {
    byte[] file = "0123456789<0a1b>abcd".getBytes(StandardCharsets.US_ASCII);

    SignedRange range = SignedRange.of(new int[] {0, 10, 16, 4}, file).orElseThrow();

    assertThat(range.coversWholeFile(file)).isTrue();
    assertThat(new String(range.signedBytes(file), StandardCharsets.US_ASCII))
        .isEqualTo("0123456789abcd");
    assertThat(range.contents(file)).containsExactly(0x0a, 0x1b);
  }

  @Test
  void aRangeEndingBeforeTheEndOfTheFileIsNotWhole() {
    byte[] file = "0123456789<0a1b>abcd appended".getBytes(StandardCharsets.US_ASCII);

    assertThat(SignedRange.of(new int[] {0, 10, 16, 4}, file).orElseThrow().coversWholeFile(file))
        .isFalse();
  }

  @Test
  void malformedRangesAreRefused() {
    byte[] file = "0123456789<0a1b>abcd".getBytes(StandardCharsets.US_ASCII);
    byte[] notHex = "0123456789<0a1x>abcd".getBytes(StandardCharsets.US_ASCII);

    assertThat(SignedRange.of(null, file)).isEmpty();
    assertThat(SignedRange.of(new int[] {0, 10, 16}, file)).isEmpty();
    assertThat(SignedRange.of(new int[] {1, 10, 16, 4}, file)).isEmpty();
    assertThat(SignedRange.of(new int[] {0, 11, 16, 4}, file)).as("hole not at '<'").isEmpty();
    assertThat(SignedRange.of(new int[] {0, 10, 16, 5}, file)).as("beyond the end").isEmpty();
    assertThat(SignedRange.of(new int[] {0, 10, 16, -1}, file)).isEmpty();
    assertThat(SignedRange.of(new int[] {0, 16, 10, 4}, file)).as("hole reversed").isEmpty();
    assertThat(SignedRange.of(new int[] {0, 10, 16, Integer.MAX_VALUE}, file)).isEmpty();
    assertThat(SignedRange.of(new int[] {0, 10, 16, 4}, notHex)).as("not hex").isEmpty();
  }
}
