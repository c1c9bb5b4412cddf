package cn.oneseal.infrastructure.seal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the demo installation's seal: for each key type a root CA of the bureau and one seal
 * certificate under it, so that the verifier works the same way as with a seal issued by a real CA
 * (trust the root, recognise the bureau's certificate under it).
 *
 * <p>The root's private key signs exactly one certificate and is then forgotten: it is never
 * written anywhere, so a stolen keystore cannot issue further "bureau" certificates. When the seal
 * certificate expires after five years, the demo simply makes a new seal with a new root.
 */
final class DemoCertificates {

  private static final Duration ROOT_VALIDITY = Duration.ofDays(3653);
  private static final Duration SEAL_VALIDITY = Duration.ofDays(1826);

  /** Tolerates clocks of other nodes and of verifying machines that run a little behind. */
  private static final Duration BACKDATING = Duration.ofHours(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The key types of a bureau seal: one for PDF viewers, one for the national standard. */
  enum KeyType {
    /** RSA 3072 with PKCS #1 v1.5: what every PDF viewer verifies. */
    RSA("SHA256withRSA", ""),
    /** SM2 on its curve {@code sm2p256v1}, signing SM3 digests (GB/T 38540). */
    SM2(Sm2.ALGORITHM, " (SM2)");

    private final String signatureAlgorithm;
    private final String nameSuffix;

    KeyType(String signatureAlgorithm, String nameSuffix) {
      this.signatureAlgorithm = signatureAlgorithm;
      this.nameSuffix = nameSuffix;
    }

    KeyPair generateKeyPair() throws GeneralSecurityException {
      if (this == RSA) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
        generator.initialize(3072, RANDOM);
        return generator.generateKeyPair();
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
      generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
      return generator.generateKeyPair();
    }
  }

  private final KeyType type;
  private final Instant start;

  private DemoCertificates(KeyType type, Instant start) {
    this.type = type;
    this.start = start;
  }

  /**
   * A new key of {@code type} with its chain (seal certificate, root), valid from now: the root
   * "{@code <bureau> 电子印章根证书}" for ten years, the seal certificate "{@code <bureau> 电子印章}" for
   * digital signatures and non-repudiation for five. Both name the bureau as organisation.
   */
  static KeyStore.PrivateKeyEntry issue(String bureauName, KeyType type) {
    try {
      return new DemoCertificates(type, Instant.now().minus(BACKDATING)).issue(bureauName);
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("cannot issue the demo seal's " + type + " certificates", e);
    }
  }

  private KeyStore.PrivateKeyEntry issue(String bureauName)
      throws GeneralSecurityException, OperatorCreationException, CertIOException {
    KeyPair root = type.generateKeyPair();
    X500Name rootName = name(bureauName, bureauName + " 电子印章根证书" + type.nameSuffix);
    X509Certificate rootCertificate = certificate(rootName, root, rootName, root.getPublic(), true);
    KeyPair seal = type.generateKeyPair();
    X500Name sealName = name(bureauName, bureauName + " 电子印章" + type.nameSuffix);
    X509Certificate sealCertificate =
        certificate(rootName, root, sealName, seal.getPublic(), false);
    return new KeyStore.PrivateKeyEntry(
        seal.getPrivate(), new X509Certificate[] {sealCertificate, rootCertificate});
  }

  private static X500Name name(String bureauName, String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "CN")
        .addRDN(BCStyle.O, bureauName)
        .addRDN(BCStyle.CN, commonName)
        .build();
  }

  /** A root CA's certificate if {@code authority}, otherwise a seal certificate. */
  private X509Certificate certificate(
      X500Name issuer,
      KeyPair issuerKeys,
      X500Name subject,
      PublicKey subjectKey,
      boolean authority)
      throws GeneralSecurityException, OperatorCreationException, CertIOException {
    Duration validity = authority ? ROOT_VALIDITY : SEAL_VALIDITY;
    int usage =
        authority
            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
                issuer,
                serialNumber(),
                Date.from(start),
                Date.from(start.plus(validity)),
                subject,
                subjectKey)
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
            .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
            .addExtension(
                Extension.subjectKeyIdentifier,
                false,
                extensions.createSubjectKeyIdentifier(subjectKey))
            .addExtension(
                Extension.authorityKeyIdentifier,
                false,
                extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
    ContentSigner signer =
        new JcaContentSignerBuilder(type.signatureAlgorithm)
            .setProvider(BouncyCastle.PROVIDER)
            .build(issuerKeys.getPrivate());
    return new JcaX509CertificateConverter()
        .setProvider(BouncyCastle.PROVIDER)
        .getCertificate(builder.build(signer));
  }

  /** 159 random bits: positive, unpredictable and within RFC 5280's 20 octets. */
  private static BigInteger serialNumber() {
    return new BigInteger(159, RANDOM);
  }
}
