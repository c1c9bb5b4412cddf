package cn.oneseal.infrastructure.seal;

import static cn.oneseal.infrastructure.seal.SealFixtures.BUREAU;
import static cn.oneseal.infrastructure.seal.SealFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system key signs what no person decides; it must never be, or pass for, the bureau seal
 * (docs/conventions.md, "Who seals what"), and what it signs must be checkable with nothing but its
 * published certificate.
 */
class SystemKeyTest {

  @TempDir static Path home;

  private static BureauSeal seal;
  private static SystemKey systemKey;

  @BeforeAll
  static void createTheSealAndTheSystemKey() {
    seal = BureauSeal.loadOrCreate(home.resolve("keys"), BUREAU, PASSWORD);
    systemKey =
        SystemKey.loadOrCreate(home.resolve("keys"), BUREAU, "system-password".toCharArray());
  }

  @Test
  void theSystemCertificateIsNotTheBureauSealsNorIssuedUnderIt() {
    X509Certificate system = systemKey.certificate();
    for (X509Certificate sealCertificate :
        List.of(seal.certificate(), seal.sm2Certificate(), seal.chain().get(1))) {
      assertThat(system).isNotEqualTo(sealCertificate);
      assertThat(system.getPublicKey().getEncoded())
          .isNotEqualTo(sealCertificate.getPublicKey().getEncoded());
      assertThat(system.getIssuerX500Principal())
          .isNotEqualTo(sealCertificate.getSubjectX500Principal());
    }
    assertThat(system.getSubjectX500Principal().getName())
        .contains("CN=" + SystemKey.COMMON_NAME)
        .doesNotContain("电子印章");
    assertThat(system.getPublicKey().getAlgorithm()).isIn("EC", "ECDSA");
  }

  @Test
  void itLivesInAKeystoreOfItsOwnBesideTheSealReadableByItsOwnerOnly() throws Exception {
    Path file = home.resolve("keys").resolve(SystemKey.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    SystemKey again =
        SystemKey.loadOrCreate(home.resolve("keys"), BUREAU, "system-password".toCharArray());
    assertThat(again.certificate()).isEqualTo(systemKey.certificate());
    assertThat(again.fingerprint()).isEqualTo(systemKey.fingerprint()).matches("[0-9a-f]{64}");
  }

  @Test
  void aSignatureChecksOfflineWithThePublishedCertificateAndTheJdkAlone() throws Exception {
    byte[] text =
        "oneseal-audit-anchor-v1|head|7|abc|2026-12-04T08:00:00.000Z"
            .getBytes(StandardCharsets.UTF_8);
    byte[] signature = systemKey.sign(text);
    X509Certificate published =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(
                        systemKey.certificatePem().getBytes(StandardCharsets.US_ASCII)));
    Signature jdk = Signature.getInstance("SHA256withECDSA");
    jdk.initVerify(published.getPublicKey());
    jdk.update(text);
    assertThat(jdk.verify(signature)).isTrue();

    byte[] other = Arrays.copyOf(text, text.length);
    other[other.length - 2] = '1';
    assertThat(systemKey.verify(other, signature)).isFalse();
    assertThat(systemKey.verify(text, new byte[] {1, 2, 3})).isFalse();
  }

  @Test
  void aKeystoreWhoseCertificateIsNotItsKeysIsRefused() throws Exception {
    KeyStore.PrivateKeyEntry one = SystemKey.issue(BUREAU);
    KeyStore.PrivateKeyEntry two = SystemKey.issue(BUREAU);
    KeyStore store = SealKeystoreFile.newKeyStore();
    store.setEntry(
        "mixed",
        new KeyStore.PrivateKeyEntry(one.getPrivateKey(), two.getCertificateChain()),
        new KeyStore.PasswordProtection(PASSWORD));
    Path file = home.resolve("mixed").resolve("system.p12");
    SealKeystoreFile.createIfAbsent(file, store, PASSWORD);
    assertThatThrownBy(() -> SystemKey.load(file, PASSWORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not belong");
  }
}
