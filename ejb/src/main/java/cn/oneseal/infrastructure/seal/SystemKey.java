package cn.oneseal.infrastructure.seal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The installation's system key: it signs what no person decides (docs/conventions.md, "Who seals
 * what") — so far the anchors of the audit chain — and is never the bureau seal, whose signature
 * means an act of the bureau. ECDSA on P-256 with SHA-256 ({@value #ALGORITHM}), which the JDK,
 * OpenSSL and every common library verify; signatures are DER {@code SEQUENCE {r, s}}.
 *
 * <p>Like the seal, it lives in a PKCS #12 keystore of its own holding exactly one key with its
 * certificate; a demo installation makes one at first start ({@link #loadOrCreate}, a self-signed
 * certificate "{@value #COMMON_NAME}" of the bureau, valid ten years), production may configure one
 * issued elsewhere ({@link #load}). Immutable and thread-safe.
 */
public final class SystemKey {

  public static final String ALGORITHM = "SHA256withECDSA";

  /** The demo system key's keystore, in the keys directory beside the seal's. */
  public static final String FILE = "system.p12";

  /** The common name of the demo system key's certificate. */
  public static final String COMMON_NAME = "OneSeal system key";

  private static final Duration VALIDITY = Duration.ofDays(3653);
  private static final Duration BACKDATING = Duration.ofHours(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PrivateKey key;
  private final X509Certificate certificate;

  private SystemKey(KeyStore.PrivateKeyEntry entry) {
    this.key = entry.getPrivateKey();
    if (!(entry.getCertificate() instanceof X509Certificate x509)) {
      throw new IllegalStateException("a system key with a non-X.509 certificate");
    }
    this.certificate = x509;
  }

  /**
   * The demo system key in {@code directory}, made there at the first call; when several nodes
   * start at once, all end up with the first one written.
   */
  public static SystemKey loadOrCreate(Path directory, String bureauName, char[] password) {
    Objects.requireNonNull(bureauName, "bureauName");
    Path file = directory.resolve(FILE);
    if (!Files.exists(file)) {
      KeyStore store = SealKeystoreFile.newKeyStore();
      try {
        store.setEntry("system", issue(bureauName), new KeyStore.PasswordProtection(password));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot keep the demo system key", e);
      }
      SealKeystoreFile.createIfAbsent(file, store, password);
    }
    return load(file, password);
  }

  /**
   * The system key in a PKCS #12 keystore made elsewhere, holding exactly one EC key with its
   * certificate.
   *
   * @throws IllegalStateException if the keystore holds no key or several, or the certificate is
   *     not the key's
   */
  public static SystemKey load(Path keystore, char[] password) {
    SystemKey loaded = new SystemKey(SealKeystoreFile.onlyKey(keystore, password));
    byte[] probe = COMMON_NAME.getBytes(StandardCharsets.UTF_8);
    if (!verify(loaded.certificate.getPublicKey(), probe, loaded.sign(probe))) {
      throw new IllegalStateException(
          keystore
              + ": the key does not belong to the certificate "
              + loaded.certificate.getSubjectX500Principal().getName());
    }
    return loaded;
  }

  public byte[] sign(byte[] message) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM, BouncyCastle.PROVIDER);
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the system key", e);
    }
  }

  /** Whether {@code signature} is this key's signature of {@code message}. */
  public boolean verify(byte[] message, byte[] signature) {
    return verify(certificate.getPublicKey(), message, signature);
  }

  /**
   * Whether {@code signature} is the signature of {@code message} by the key of {@code publicKey};
   * a signature that is not even DER is simply not valid.
   */
  static boolean verify(PublicKey publicKey, byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(ALGORITHM, BouncyCastle.PROVIDER);
      verifier.initVerify(publicKey);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (SignatureException notASignature) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot verify with the system key", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** SHA-256 of the DER certificate, hex: which key signed an anchor. */
  public String fingerprint() {
    return Sha256.hex(der());
  }

  /** The certificate in PEM, for checking anchors offline. */
  public String certificatePem() {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der())
        + "\n-----END CERTIFICATE-----\n";
  }

  private byte[] der() {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("the system certificate cannot be encoded", e);
    }
  }

  /** A new P-256 key with a self-signed certificate: O = the bureau, CN = {@value #COMMON_NAME}. */
  static KeyStore.PrivateKeyEntry issue(String bureauName) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      KeyPair pair = generator.generateKeyPair();
      X500Name name =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.C, "CN")
              .addRDN(BCStyle.O, bureauName)
              .addRDN(BCStyle.CN, COMMON_NAME)
              .build();
      Instant start = Instant.now().minus(BACKDATING);
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      var builder =
          new JcaX509v3CertificateBuilder(
                  name,
                  new BigInteger(159, RANDOM),
                  Date.from(start),
                  Date.from(start.plus(VALIDITY)),
                  name,
                  pair.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(pair.getPublic()));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .setProvider(BouncyCastle.PROVIDER)
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder(ALGORITHM)
                          .setProvider(BouncyCastle.PROVIDER)
                          .build(pair.getPrivate())));
      return new KeyStore.PrivateKeyEntry(pair.getPrivate(), new X509Certificate[] {certificate});
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("cannot issue the demo system key", e);
    }
  }
}
