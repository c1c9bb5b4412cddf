package cn.oneseal.application.credential;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.infrastructure.seal.SystemKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The licence without a medium: a relying party that holds only the bureau's published certificate
 * (PEM) verifies the credential offline — with nimbus, and with the JDK alone — and reads its
 * version, status and validity; a changed byte does not verify.
 */
class LicenceCredentialTest {

  private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  @TempDir Path home;

  private final LicenceCredential.Facts facts =
      new LicenceCredential.Facts(
          "91140100MA0000001X",
          "太原瑞祥餐饮有限公司",
          "有限责任公司（自然人投资或控股）",
          "company",
          "张三",
          "100万元人民币",
          "2026-11-27",
          "山西省太原市迎泽区迎泽大街1号",
          2,
          "valid",
          "https://oneseal.example/verify-licence.xhtml?code=91140100MA0000001X&v=2",
          "山西省行政审批服务管理局");

  private SystemKey key() {
    return SystemKey.loadOrCreate(home, "山西省行政审批服务管理局", "pw".toCharArray());
  }

  /** What the relying party has: the PEM from GET /api/audit/system-certificate. */
  private static X509Certificate published(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void theCertificateAloneVerifiesTheCredentialAndItsClaims() throws Exception {
    SystemKey key = key();
    String jws = LicenceCredential.issue(facts, NOW, key.certificate(), key::sign);
    X509Certificate certificate = published(key.certificatePem());

    SignedJWT jwt = SignedJWT.parse(jws);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getType().getType()).isEqualTo(LicenceCredential.TYPE);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.fingerprint());
    assertThat(jwt.getHeader().getX509CertChain().get(0).decode())
        .isEqualTo(certificate.getEncoded());
    assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) certificate.getPublicKey()))).isTrue();

    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo("91140100MA0000001X");
    assertThat(claims.getStringClaim("creditCode")).isEqualTo("91140100MA0000001X");
    assertThat(claims.getStringClaim("name")).isEqualTo("太原瑞祥餐饮有限公司");
    assertThat(claims.getIntegerClaim("version")).isEqualTo(2);
    assertThat(claims.getStringClaim("status")).isEqualTo("valid");
    assertThat(claims.getStringClaim("verificationUrl")).endsWith("&v=2");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void theJdkAloneVerifiesItToo() throws Exception {
    SystemKey key = key();
    String jws = LicenceCredential.issue(facts, NOW, key.certificate(), key::sign);
    String[] parts = jws.split("\\.");
    byte[] concat = Base64.getUrlDecoder().decode(parts[2]);
    assertThat(concat).hasSize(64);

    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(published(key.certificatePem()).getPublicKey());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(ECDSA.transcodeSignatureToDER(concat))).isTrue();
  }

  @Test
  void aCredentialAlteredOrSignedByAnotherKeyDoesNotVerify() throws Exception {
    SystemKey key = key();
    String jws = LicenceCredential.issue(facts, NOW, key.certificate(), key::sign);
    String[] parts = jws.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"valid\"", "\"VALID\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    ECPublicKey published = (ECPublicKey) published(key.certificatePem()).getPublicKey();
    assertThat(SignedJWT.parse(forged).verify(new ECDSAVerifier(published))).isFalse();

    SystemKey other = SystemKey.loadOrCreate(home.resolve("other"), "另一机关", "pw".toCharArray());
    String foreign = LicenceCredential.issue(facts, NOW, other.certificate(), other::sign);
    assertThat(SignedJWT.parse(foreign).verify(new ECDSAVerifier(published))).isFalse();
  }
}
