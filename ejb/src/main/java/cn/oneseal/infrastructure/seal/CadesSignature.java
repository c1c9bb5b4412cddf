package cn.oneseal.infrastructure.seal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS signature PDFBox embeds in the PDF: a CAdES baseline signature as PAdES B-B (ETSI EN 319
 * 142-1) asks for it — detached, SHA-256, the signer's certificate chain included, and in the
 * signed attributes content type, message digest and {@code signing-certificate-v2}, which binds
 * the signature to the signer's certificate by its hash so that no other certificate with the same
 * key or issuer and serial number can be substituted.
 *
 * <p>BouncyCastle adds a {@code signing-time} attribute by default; PAdES forbids it (the claimed
 * time is the signature dictionary's {@code /M}), so it is taken out again.
 */
final class CadesSignature implements SignatureInterface {

  private final PrivateKey key;
  private final List<X509Certificate> chain;

  CadesSignature(PrivateKey key, List<X509Certificate> chain) {
    this.key = key;
    this.chain = chain;
  }

  /** The signature algorithm for the seal's key: SHA-256 with RSA or with ECDSA. */
  static String signatureAlgorithm(PrivateKey key) {
    return switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC", "ECDSA" -> "SHA256withECDSA";
      default ->
          throw new IllegalArgumentException(
              "a PDF seal key must be RSA or EC, not " + key.getAlgorithm());
    };
  }

  /** Whether {@code publicKey} verifies what {@code key} signs, i.e. both are one key pair. */
  static boolean matches(PrivateKey key, PublicKey publicKey, byte[] probe) {
    try {
      Signature signer = Signature.getInstance(signatureAlgorithm(key), BouncyCastle.PROVIDER);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(signatureAlgorithm(key), BouncyCastle.PROVIDER);
      verifier.initVerify(publicKey);
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (SignatureException | InvalidKeyException otherKeyType) {
      // a public key of another type cannot even be set up to verify: not the same pair
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the seal key", e);
    }
  }

  /** Signs what PDFBox passes: the whole PDF except the hole the signature will fill. */
  @Override
  public byte[] sign(InputStream content) throws IOException {
    try {
      X509Certificate certificate = chain.get(0);
      ContentSigner signer =
          new JcaContentSignerBuilder(signatureAlgorithm(key))
              .setProvider(BouncyCastle.PROVIDER)
              .build(key);
      // the document's digest by the JDK's SHA-256 (CPU intrinsics), the same bytes as
      // BouncyCastle's pure-Java one at a fraction of the time (issue 18)
      SignerInfoGenerator signerInfo =
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(new PadesSignedAttributes(certificate))
              .build(signer, certificate);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(signerInfo);
      generator.addCertificates(new JcaCertStore(chain));
      return generator
          .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
          .getEncoded(ASN1Encoding.DER);
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("cannot make the seal's CMS signature", e);
    }
  }

  /** BouncyCastle's standard signed attributes plus signing-certificate-v2, minus signing-time. */
  private static final class PadesSignedAttributes extends DefaultSignedAttributeTableGenerator {

    PadesSignedAttributes(X509Certificate certificate) throws GeneralSecurityException {
      super(new AttributeTable(signingCertificateV2(certificate)));
    }

    @Override
    public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
      return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    /** ESSCertIDv2 with SHA-256 (the default, so its algorithm is omitted) and issuer–serial. */
    private static Attribute signingCertificateV2(X509Certificate certificate)
        throws GeneralSecurityException {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
      BigInteger serial = certificate.getSerialNumber();
      IssuerSerial issuerSerial =
          new IssuerSerial(new GeneralNames(new GeneralName(issuer)), serial);
      return new Attribute(
          PKCSObjectIdentifiers.id_aa_signingCertificateV2,
          new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
    }
  }
}
