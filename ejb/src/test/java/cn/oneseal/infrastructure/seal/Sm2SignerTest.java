package cn.oneseal.infrastructure.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A signer that reuses its initialised signature objects still gives each message its own valid SM2
 * signature: after the first, the object signs from the state {@code initSign} left (Z of the key
 * and the user ID), with a new random k each time; and several threads at once each get theirs.
 */
class Sm2SignerTest {

  private final KeyStore.PrivateKeyEntry key =
      DemoCertificates.issue("测试市行政审批局", DemoCertificates.KeyType.SM2);
  private final PublicKey publicKey = key.getCertificate().getPublicKey();
  private final Sm2.Signer signer = new Sm2.Signer(key.getPrivateKey());

  @Test
  void everySignatureOfAReusedSignerVerifiesForItsMessageOnly() {
    byte[] first = "第一份文书".getBytes(StandardCharsets.UTF_8);
    byte[] second = "第二份文书".getBytes(StandardCharsets.UTF_8);

    byte[] firstSigned = signer.sign(first);
    byte[] secondSigned = signer.sign(second);
    byte[] firstAgain = signer.sign(first);

    assertThat(Sm2.verify(publicKey, first, firstSigned)).isTrue();
    assertThat(Sm2.verify(publicKey, second, secondSigned)).isTrue();
    assertThat(Sm2.verify(publicKey, first, firstAgain)).isTrue();
    assertThat(Sm2.verify(publicKey, second, firstSigned)).isFalse();
    // a new random k for every signature, also of the same message
    assertThat(firstAgain).isNotEqualTo(firstSigned);
  }

  @Test
  void threadsSigningAtOnceEachGetAValidSignature() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        byte[] message = ("文书 " + i).getBytes(StandardCharsets.UTF_8);
        results.add(threads.submit(() -> Sm2.verify(publicKey, message, signer.sign(message))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
