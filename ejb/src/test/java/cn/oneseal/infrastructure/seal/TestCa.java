package cn.oneseal.infrastructure.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certification authority for tests, standing in for a real CA that certifies many organisations
 * (RSA 2048, to keep the tests quick).
 */
final class TestCa {

  private static final AtomicLong SERIAL = new AtomicLong(1000);

  private final X500Name name;
  private final KeyPair keys;

  /** This CA's certificate and those of the CAs above it, up to the root. */
  private final List<X509Certificate> chain;

  private TestCa(
      X500Name name, KeyPair keys, X509Certificate certificate, List<X509Certificate> above) {
    this.name = name;
    this.keys = keys;
    this.chain = above(certificate, above);
  }

  /** {@code certificate} followed by those of the CAs above it. */
  private static List<X509Certificate> above(
      X509Certificate certificate, List<X509Certificate> above) {
    List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
    chain.addAll(above);
    return List.copyOf(chain);
  }

  static TestCa create(String commonName) throws Exception {
    X500Name name = name("测试认证机构", commonName);
    KeyPair keys = rsa();
    return new TestCa(name, keys, sign(name, name, keys, keys, true), List.of());
  }

  /** A CA below this one, whose keys it issues carry the whole chain up to the root. */
  TestCa subordinate(String commonName) throws Exception {
    X500Name subordinate = name("测试认证机构", commonName);
    KeyPair subordinateKeys = rsa();
    return new TestCa(
        subordinate, subordinateKeys, sign(name, subordinate, subordinateKeys, keys, true), chain);
  }

  /**
   * A key and its chain (certificate, this CA and those above it) for the organisation {@code
   * organisation}.
   */
  KeyStore.PrivateKeyEntry issue(String organisation) throws Exception {
    KeyPair subject = rsa();
    X509Certificate issued =
        sign(name, name(organisation, organisation + " 电子印章"), subject, keys, false);
    return new KeyStore.PrivateKeyEntry(
        subject.getPrivate(), above(issued, chain).toArray(X509Certificate[]::new));
  }

  /**
   * The seal of {@code bureau} as a bureau installs one: a keystore of {@code entry} ({@code
   * name}.p12) and one of an SM2 key ({@code name}-sm2.p12) in {@code directory}, both under {@link
   * SealFixtures#PASSWORD}.
   */
  static BureauSeal seal(Path directory, String name, KeyStore.PrivateKeyEntry entry, String bureau)
      throws Exception {
    return BureauSeal.load(
        keystore(directory.resolve(name + ".p12"), SealFixtures.PASSWORD, entry),
        sm2Keystore(directory.resolve(name + "-sm2.p12"), bureau),
        SealFixtures.PASSWORD,
        bureau);
  }

  /** A keystore of an SM2 key for {@code bureau}, under {@link SealFixtures#PASSWORD}. */
  static Path sm2Keystore(Path file, String bureau) throws Exception {
    return keystore(
        file, SealFixtures.PASSWORD, DemoCertificates.issue(bureau, DemoCertificates.KeyType.SM2));
  }

  /**
   * A PKCS #12 file with the given keys under the aliases key-1, key-2 …, all under one password.
   */
  static Path keystore(Path file, char[] password, KeyStore.PrivateKeyEntry... entries)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
    store.load(null, null);
    for (int i = 0; i < entries.length; i++) {
      store.setEntry("key-" + (i + 1), entries[i], new KeyStore.PasswordProtection(password));
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    }
    return file;
  }

  private static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static X500Name name(String organisation, String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "CN")
        .addRDN(BCStyle.O, organisation)
        .addRDN(BCStyle.CN, commonName)
        .build();
  }

  private static X509Certificate sign(
      X500Name issuer, X500Name subject, KeyPair subjectKeys, KeyPair issuerKeys, boolean ca)
      throws Exception {
    Instant now = Instant.now();
    return new JcaX509CertificateConverter()
        .setProvider(BouncyCastle.PROVIDER)
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(365))),
                    subject,
                    subjectKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                .build(
                    new JcaContentSignerBuilder("SHA256withRSA")
                        .setProvider(BouncyCastle.PROVIDER)
                        .build(issuerKeys.getPrivate())));
  }
}
