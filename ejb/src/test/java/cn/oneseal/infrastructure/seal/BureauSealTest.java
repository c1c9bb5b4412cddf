package cn.oneseal.infrastructure.seal;

import static cn.oneseal.infrastructure.seal.SealFixtures.BUREAU;
import static cn.oneseal.infrastructure.seal.SealFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BureauSealTest {

  @TempDir static Path home;

  private static BureauSeal seal;

  @BeforeAll
  static void createTheSeal() {
    seal = BureauSeal.loadOrCreate(home.resolve("keys"), BUREAU, PASSWORD);
  }

  @Test
  void aLaterStartLoadsTheSameSeal() {
    BureauSeal again = BureauSeal.loadOrCreate(home.resolve("keys"), BUREAU, PASSWORD);

    assertThat(again.certificate()).isEqualTo(seal.certificate());
    assertThat(again.sm2Certificate()).isEqualTo(seal.sm2Certificate());
    assertThat(again.signingKey()).isEqualTo(seal.signingKey());
  }

  @Test
  void eachKeyIsInAKeystoreReadableByItsOwnerOnly() throws Exception {
    Path keys = home.resolve("keys");

    try (Stream<Path> files = Files.list(keys)) {
      assertThat(files.map(Path::getFileName).map(Path::toString))
          .containsExactlyInAnyOrder("seal.p12", "seal-sm2.p12");
    }
    for (String file : List.of("seal.p12", "seal-sm2.p12")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(file))))
          .as(file)
          .isEqualTo("rw-------");
      assertThat(Collections.list(SealKeystoreFile.read(keys.resolve(file), PASSWORD).aliases()))
          .as(file)
          .hasSize(1);
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
        .isEqualTo("rwx------");
  }

  @Test
  void theJdkReadsThePdfKeysKeystoreAsKeytoolWould() throws Exception {
    KeyStore jdk = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(home.resolve("keys").resolve("seal.p12"))) {
      jdk.load(in, PASSWORD);
    }

    assertThat(jdk.getProvider().getName()).isEqualTo("SUN");
    assertThat(jdk.getCertificate("seal")).isEqualTo(seal.certificate());
    assertThat(jdk.getKey("seal", PASSWORD).getEncoded()).isEqualTo(seal.signingKey().getEncoded());
  }

  @Test
  void theSealCertificateIsIssuedByTheBureausRootForSignaturesOnly() throws Exception {
    List<X509Certificate> chain = seal.chain();
    X509Certificate certificate = seal.certificate();
    X509Certificate root = chain.get(1);

    assertThat(chain).hasSize(2).startsWith(certificate);
    assertThat(root.getSubjectX500Principal().getName())
        .isEqualTo("CN=" + BUREAU + " 电子印章根证书,O=" + BUREAU + ",C=CN");
    assertThat(root.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
    assertThat(root.getBasicConstraints()).isNotNegative();
    root.verify(root.getPublicKey());
    assertThat(certificate.getSubjectX500Principal().getName())
        .isEqualTo("CN=" + BUREAU + " 电子印章,O=" + BUREAU + ",C=CN");
    assertThat(certificate.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
    certificate.verify(root.getPublicKey());
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    // digitalSignature (0) and nonRepudiation (1), nothing else
    assertThat(certificate.getKeyUsage()).startsWith(true, true, false, false, false, false);
    assertThat(certificate.getSigAlgName()).isEqualToIgnoringCase("SHA256withRSA");
    assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("RSA");
    assertThat(yearsOf(root)).isCloseTo(10, within(0.01));
    assertThat(yearsOf(certificate)).isCloseTo(5, within(0.01));
    assertThat(certificate.getNotBefore().toInstant()).isBefore(Instant.now());
  }

  @Test
  void theSm2KeyHasItsOwnSm2Chain() throws Exception {
    X509Certificate sm2 = seal.sm2Certificate();

    assertThat(sm2.getSigAlgName()).isEqualToIgnoringCase("SM3withSM2");
    assertThat(sm2.getSubjectX500Principal().getName())
        .isEqualTo("CN=" + BUREAU + " 电子印章 (SM2),O=" + BUREAU + ",C=CN");
    assertThat(sm2.getIssuerX500Principal().getName()).contains("电子印章根证书 (SM2)");
    assertThat(sm2.getKeyUsage()).startsWith(true, true, false);
    assertThat(sm2.getPublicKey().getEncoded())
        .isNotEqualTo(seal.certificate().getPublicKey().getEncoded());
  }

  @Test
  void nodesStartingTogetherAllGetTheSameSeal() throws Exception {
    Path shared = home.resolve("cluster");
    int nodes = 2;
    CyclicBarrier start = new CyclicBarrier(nodes);
    Callable<BureauSeal> node =
        () -> {
          start.await();
          return BureauSeal.loadOrCreate(shared, BUREAU, PASSWORD);
        };
    ExecutorService executor = Executors.newFixedThreadPool(nodes);
    try {
      List<Future<BureauSeal>> started = executor.invokeAll(List.of(node, node));
      X509Certificate first = started.get(0).get().certificate();
      for (Future<BureauSeal> other : started) {
        assertThat(other.get().certificate()).isEqualTo(first);
      }
      assertThat(SealKeystoreFile.read(shared.resolve("seal.p12"), PASSWORD).getCertificate("seal"))
          .isEqualTo(first);
      X509Certificate firstSm2 = started.get(0).get().sm2Certificate();
      for (Future<BureauSeal> other : started) {
        assertThat(other.get().sm2Certificate()).isEqualTo(firstSm2);
      }
    } finally {
      executor.shutdownNow();
    }
    try (Stream<Path> files = Files.list(shared)) {
      assertThat(files).as("no temporary files left").hasSize(2);
    }
  }

  @Test
  void theSealOfAnotherBureauIsRefused() {
    assertThatThrownBy(
            () -> BureauSeal.loadOrCreate(home.resolve("keys"), "太原市小店区行政审批服务局", PASSWORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not to 太原市小店区行政审批服务局");
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThatThrownBy(
            () -> BureauSeal.loadOrCreate(home.resolve("keys"), BUREAU, "wrong".toCharArray()))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void keystoresIssuedElsewhereAreLoadedWhateverTheirAliases(@TempDir Path directory)
      throws Exception {
    TestCa ca = TestCa.create("测试 CA");

    BureauSeal issued = TestCa.seal(directory, "issued", ca.issue(BUREAU), BUREAU);

    assertThat(issued.bureauName()).isEqualTo(BUREAU);
    assertThat(issued.chain()).hasSize(2);
    assertThat(issued.certificate().getIssuerX500Principal().getName()).contains("测试 CA");
  }

  @Test
  void aKeystoreWithoutExactlyOneKeyIsRefused(@TempDir Path directory) throws Exception {
    TestCa ca = TestCa.create("测试 CA");
    Path sm2 = TestCa.sm2Keystore(directory.resolve("sm2.p12"), BUREAU);
    Path two =
        TestCa.keystore(directory.resolve("two.p12"), PASSWORD, ca.issue(BUREAU), ca.issue(BUREAU));
    Path none = TestCa.keystore(directory.resolve("none.p12"), PASSWORD);

    assertThatThrownBy(() -> BureauSeal.load(two, sm2, PASSWORD, BUREAU))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one private key, not 2");
    assertThatThrownBy(() -> BureauSeal.load(none, sm2, PASSWORD, BUREAU))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one private key, not 0");
  }

  @Test
  void aKeystoreWhoseKeyDoesNotMatchItsCertificateIsRefused(@TempDir Path directory)
      throws Exception {
    TestCa ca = TestCa.create("测试 CA");
    KeyStore.PrivateKeyEntry one = ca.issue(BUREAU);
    KeyStore.PrivateKeyEntry other = ca.issue(BUREAU);
    Path mixed =
        TestCa.keystore(
            directory.resolve("mixed.p12"),
            PASSWORD,
            new KeyStore.PrivateKeyEntry(other.getPrivateKey(), one.getCertificateChain()));
    Path sm2 = TestCa.sm2Keystore(directory.resolve("sm2.p12"), BUREAU);

    assertThatThrownBy(() -> BureauSeal.load(mixed, sm2, PASSWORD, BUREAU))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not belong to the certificate");
  }

  private static double yearsOf(X509Certificate certificate) {
    Duration validity =
        Duration.between(
            certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    return validity.toDays() / 365.25;
  }
}
