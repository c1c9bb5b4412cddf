package cn.oneseal.infrastructure.seal;

import cn.oneseal.infrastructure.seal.DemoCertificates.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The bureau's one electronic seal: the key that signs licence PDFs (RSA or ECDSA, which every PDF
 * viewer checks) and an SM2 key for the national standard GB/T 38540, each with its certificate
 * chain. Immutable and thread-safe; the private keys never leave this package. Loading takes a
 * second or two (the keystores' key derivation is deliberately slow): load it once per application.
 *
 * <p>Each key lives in a PKCS #12 keystore of its own. The PDF key's file is a plain keystore that
 * {@code keytool}, OpenSSL and the JDK read; the SM2 key's file is only readable by tools that know
 * the SM2 curve (BouncyCastle, OpenSSL 3, GmSSL) — the JDK cannot even parse an SM2 certificate, so
 * a keystore holding both would be unreadable to {@code keytool} as a whole. Certification
 * authorities issue the two as separate credentials as well.
 *
 * <p>A demo installation makes its own seal at first start ({@link #loadOrCreate}); production
 * loads keystores issued by a certification authority ({@link #load}). Either way the seal
 * certificates must name the bureau, as organisation or common name, because the seal image shows
 * that name: the seal of another bureau is refused at start rather than stamped on licences.
 */
public final class BureauSeal {

  /** The demo seal's keystore of the PDF signing key, in the seal directory. */
  public static final String SEAL_FILE = "seal.p12";

  /** The demo seal's keystore of the SM2 key, in the seal directory. */
  public static final String SM2_FILE = "seal-sm2.p12";

  private final String bureauName;
  private final PrivateKey signingKey;
  private final List<X509Certificate> chain;
  private final Sm2.Signer sm2Signer;
  private final List<X509Certificate> sm2Chain;

  private BureauSeal(
      String bureauName, KeyStore.PrivateKeyEntry seal, KeyStore.PrivateKeyEntry sm2) {
    this.bureauName = bureauName;
    this.signingKey = seal.getPrivateKey();
    this.chain = x509Chain(seal);
    this.sm2Signer = new Sm2.Signer(sm2.getPrivateKey());
    this.sm2Chain = x509Chain(sm2);
  }

  /**
   * The demo seal of {@code bureauName} kept in {@code directory}, made there at the first call
   * (see {@link DemoCertificates}): an RSA 3072 key in {@value #SEAL_FILE} and an SM2 key in
   * {@value #SM2_FILE}, each with its chain (seal certificate, root), each file readable by its
   * owner only. When several nodes start at once, all end up with the keys of the first node that
   * finished writing each file.
   *
   * @param password protects the keystores and their keys
   * @throws IllegalStateException if the directory holds the seal of another bureau
   */
  public static BureauSeal loadOrCreate(Path directory, String bureauName, char[] password) {
    Objects.requireNonNull(bureauName, "bureauName");
    Path seal = directory.resolve(SEAL_FILE);
    Path sm2 = directory.resolve(SM2_FILE);
    createIfAbsent(seal, "seal", KeyType.RSA, bureauName, password);
    createIfAbsent(sm2, "seal-sm2", KeyType.SM2, bureauName, password);
    return load(seal, sm2, password, bureauName);
  }

  /**
   * The seal in two PKCS #12 keystores made elsewhere, e.g. issued by a certification authority,
   * each holding exactly one private key (under any alias) with its certificate chain, the key
   * protected by the keystore's password as usual for PKCS #12.
   *
   * @param sealKeystore the RSA or EC key that signs PDFs
   * @param sm2Keystore the SM2 key
   * @throws IllegalStateException if a keystore holds no key or several, or a certificate does not
   *     name {@code bureauName} or does not belong to its key
   */
  public static BureauSeal load(
      Path sealKeystore, Path sm2Keystore, char[] password, String bureauName) {
    Objects.requireNonNull(bureauName, "bureauName");
    KeyStore.PrivateKeyEntry seal = onlyKey(sealKeystore, password);
    KeyStore.PrivateKeyEntry sm2 = onlyKey(sm2Keystore, password);
    BureauSeal loaded = new BureauSeal(bureauName, seal, sm2);
    byte[] probe = bureauName.getBytes(StandardCharsets.UTF_8);
    requireNamed(loaded.certificate(), bureauName, sealKeystore);
    requireKeyMatches(
        CadesSignature.matches(loaded.signingKey, loaded.certificate().getPublicKey(), probe),
        loaded.certificate(),
        sealKeystore);
    requireNamed(loaded.sm2Certificate(), bureauName, sm2Keystore);
    requireKeyMatches(
        Sm2.verify(loaded.sm2Certificate().getPublicKey(), probe, loaded.sm2Sign(probe)),
        loaded.sm2Certificate(),
        sm2Keystore);
    return loaded;
  }

  public String bureauName() {
    return bureauName;
  }

  /** The seal certificate, the one PDF signatures name as signer. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The seal certificate first, then its issuers up to the root. */
  public List<X509Certificate> chain() {
    return chain;
  }

  /** The certificate of the SM2 key, whose public key checks {@link SealedPdf#sm2Signature()}. */
  public X509Certificate sm2Certificate() {
    return sm2Chain.get(0);
  }

  PrivateKey signingKey() {
    return signingKey;
  }

  /** The SM2 signature of {@code message} with this seal's SM2 key. */
  byte[] sm2Sign(byte[] message) {
    return sm2Signer.sign(message);
  }

  /** Issues and writes a demo key unless its file exists; a concurrent writer may win. */
  private static void createIfAbsent(
      Path file, String alias, KeyType type, String bureauName, char[] password) {
    if (Files.exists(file)) {
      return;
    }
    KeyStore store = SealKeystoreFile.newKeyStore();
    try {
      store.setEntry(
          alias,
          DemoCertificates.issue(bureauName, type),
          new KeyStore.PasswordProtection(password));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot keep the demo seal key " + alias, e);
    }
    SealKeystoreFile.createIfAbsent(file, store, password);
  }

  private static KeyStore.PrivateKeyEntry onlyKey(Path file, char[] password) {
    return SealKeystoreFile.onlyKey(file, password);
  }

  private static List<X509Certificate> x509Chain(KeyStore.PrivateKeyEntry entry) {
    List<X509Certificate> certificates = new ArrayList<>();
    for (Certificate certificate : entry.getCertificateChain()) {
      if (!(certificate instanceof X509Certificate x509)) {
        throw new IllegalStateException("a seal key with a non-X.509 certificate");
      }
      certificates.add(x509);
    }
    return List.copyOf(certificates);
  }

  /** The bureau's name must be the certificate subject's organisation (O) or common name (CN). */
  private static void requireNamed(X509Certificate certificate, String bureauName, Path origin) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    List<String> names = new ArrayList<>();
    for (RDN rdn : subject.getRDNs()) {
      ASN1Encodable type = rdn.getFirst().getType();
      if ((BCStyle.O.equals(type) || BCStyle.CN.equals(type))
          && rdn.getFirst().getValue() instanceof ASN1String value) {
        names.add(value.getString());
      }
    }
    if (!names.contains(bureauName)) {
      throw new IllegalStateException(
          "the seal in "
              + origin
              + " belongs to "
              + certificate.getSubjectX500Principal().getName()
              + ", not to "
              + bureauName
              + ": a renamed bureau needs a new seal (move the old keystores away)");
    }
  }

  /**
   * A keystore whose keys and certificates were mixed up (signing a few bytes with the key does not
   * verify with the certificate) fails at start instead of sealing licences nobody can verify.
   */
  private static void requireKeyMatches(boolean matches, X509Certificate certificate, Path origin) {
    if (!matches) {
      throw new IllegalStateException(
          origin
              + ": the key does not belong to the certificate "
              + certificate.getSubjectX500Principal().getName());
    }
  }
}
