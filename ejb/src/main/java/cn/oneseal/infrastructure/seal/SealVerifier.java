package cn.oneseal.infrastructure.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the seal on any PDF someone uploads to the public verification page, or the SM2 signature
 * recorded for a sealed file. Thread-safe.
 *
 * <p>Of several signatures it judges the one that reaches furthest into the file, the latest: that
 * is the one that must cover everything a reader sees. It is intact only if its CMS signature
 * verifies over its byte range and that range is the whole file but the signature value — an
 * incremental update appended after sealing (an added page, a changed title) is valid PDF, and a
 * viewer shows the changed document, so it counts as a change.
 *
 * <p>The input is untrusted: whatever it is — empty, random bytes, a text file, a broken or hostile
 * PDF — the answer is a {@link SealCheck} naming the problem, never an exception.
 */
public final class SealVerifier {

  private final BureauSeal seal;

  public SealVerifier(BureauSeal seal) {
    this.seal = Objects.requireNonNull(seal, "seal");
  }

  public SealCheck check(byte[] pdf) {
    Objects.requireNonNull(pdf, "pdf");
    String sha256 = Sha256.hex(pdf);
    Optional<SignatureFields> latest;
    try {
      latest = latestSignature(pdf);
    } catch (IOException | RuntimeException unreadable) {
      // PDFBox reports broken input as IOException, and some hostile structures as runtime errors
      return SealCheck.unsigned(sha256, SealCheck.MALFORMED);
    }
    if (latest.isEmpty()) {
      return SealCheck.unsigned(sha256, SealCheck.NO_SIGNATURE);
    }
    return check(pdf, sha256, latest.get());
  }

  /**
   * Whether {@code sm2Signature} is the seal's SM2 signature of exactly {@code signedPdf}; {@code
   * false} for any other bytes, including a signature that is not even DER.
   */
  public boolean verifySm2(byte[] signedPdf, byte[] sm2Signature) {
    return Sm2.verify(seal.sm2Certificate().getPublicKey(), signedPdf, sm2Signature);
  }

  /** What the verifier needs of a signature dictionary, read while the document is open. */
  private record SignatureFields(int[] byteRange, byte[] contents, Calendar signDate) {

    long end() {
      return byteRange != null && byteRange.length == 4 ? (long) byteRange[2] + byteRange[3] : -1;
    }
  }

  private static Optional<SignatureFields> latestSignature(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<SignatureFields> signatures = new ArrayList<>();
      for (PDSignature signature : document.getSignatureDictionaries()) {
        signatures.add(
            new SignatureFields(
                signature.getByteRange(), signature.getContents(), signature.getSignDate()));
      }
      return signatures.stream().max(Comparator.comparingLong(SignatureFields::end));
    }
  }

  private SealCheck check(byte[] pdf, String sha256, SignatureFields signature) {
    Instant signingTime = signature.signDate() == null ? null : signature.signDate().toInstant();
    Optional<SignedRange> range = SignedRange.of(signature.byteRange(), pdf);
    if (range.isEmpty() || !Arrays.equals(range.get().contents(pdf), signature.contents())) {
      return malformed(sha256, signingTime, null);
    }
    Optional<CmsSigner> cms = CmsSigner.of(range.get().signedBytes(pdf), signature.contents());
    if (cms.isEmpty()) {
      return malformed(sha256, signingTime, null);
    }
    X509Certificate certificate = cms.get().certificate();
    String subject = certificate.getSubjectX500Principal().getName();
    Optional<Boolean> verifies = verifies(cms.get().signer(), certificate.getPublicKey());
    if (verifies.isEmpty()) {
      return malformed(sha256, signingTime, subject);
    }
    boolean intact = verifies.get() && range.get().coversWholeFile(pdf);
    boolean bureauSeal = isBureauSeal(certificate);
    List<String> problems = new ArrayList<>();
    if (!intact) {
      problems.add(SealCheck.NOT_INTACT);
    }
    if (!bureauSeal) {
      problems.add(SealCheck.OTHER_SIGNER);
    }
    if (signingTime != null && !validAt(certificate, signingTime)) {
      problems.add(SealCheck.CERTIFICATE_NOT_VALID);
    }
    return new SealCheck(true, intact, bureauSeal, subject, signingTime, sha256, problems);
  }

  /** The one signer of a CMS signature and the certificate it names, as found in the CMS. */
  private record CmsSigner(SignerInformation signer, X509Certificate certificate) {

    /**
     * Empty unless {@code contents} is one CMS structure followed by nothing but the zeros that
     * fill the rest of the hole, and it has exactly one signer whose certificate it carries. (The
     * zeros are why it is read from a stream: BouncyCastle's byte-array constructors refuse
     * trailing bytes.)
     */
    static Optional<CmsSigner> of(byte[] signedBytes, byte[] contents) {
      try {
        ByteArrayInputStream in = new ByteArrayInputStream(contents);
        ASN1Primitive structure = new ASN1InputStream(in).readObject();
        if (structure == null || !onlyZeros(in.readAllBytes())) {
          return Optional.empty();
        }
        CMSSignedData cms =
            new CMSSignedData(
                new CMSProcessableByteArray(signedBytes), ContentInfo.getInstance(structure));
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
          return Optional.empty();
        }
        SignerInformation signer = signers.iterator().next();
        Collection<X509CertificateHolder> matching =
            cms.getCertificates().getMatches(signer.getSID());
        if (matching.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(
            new CmsSigner(
                signer,
                new JcaX509CertificateConverter()
                    .setProvider(BouncyCastle.PROVIDER)
                    .getCertificate(matching.iterator().next())));
      } catch (IOException | CMSException | CertificateException | RuntimeException unreadable) {
        // BouncyCastle reports some malformed ASN.1 as IllegalArgumentException or similar
        return Optional.empty();
      }
    }

    private static boolean onlyZeros(byte[] padding) {
      for (byte b : padding) {
        if (b != 0) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Whether the signer's signature over its signed attributes is valid and their message digest is
   * that of the signed bytes; empty if it cannot be checked at all (an unknown algorithm). The
   * verifier is built from the public key only: BouncyCastle would otherwise also fail a
   * certificate outside its validity, which {@link #validAt} reports on its own.
   */
  private static Optional<Boolean> verifies(SignerInformation signer, PublicKey key) {
    try {
      return Optional.of(
          signer.verify(
              new JcaSimpleSignerInfoVerifierBuilder()
                  .setProvider(BouncyCastle.PROVIDER)
                  .build(key)));
    } catch (CMSSignerDigestMismatchException changed) {
      return Optional.of(false);
    } catch (CMSException | OperatorCreationException | RuntimeException uncheckable) {
      return Optional.empty();
    }
  }

  /**
   * The seal certificate itself, or a certificate with the same subject issued by one of the seal's
   * CAs: a renewed seal certificate. The subject matters because a real CA certifies many
   * organisations, and only the bureau's own certificate is its seal.
   */
  private boolean isBureauSeal(X509Certificate signer) {
    X509Certificate ours = seal.certificate();
    if (signer.equals(ours)) {
      return true;
    }
    if (!signer.getSubjectX500Principal().equals(ours.getSubjectX500Principal())) {
      return false;
    }
    List<X509Certificate> chain = seal.chain();
    return chain.subList(1, chain.size()).stream()
        .anyMatch(
            authority ->
                authority.getSubjectX500Principal().equals(signer.getIssuerX500Principal())
                    && signedBy(signer, authority.getPublicKey()));
  }

  private static boolean signedBy(X509Certificate certificate, PublicKey issuerKey) {
    try {
      certificate.verify(issuerKey, BouncyCastle.PROVIDER);
      return true;
    } catch (GeneralSecurityException notByThisKey) {
      // a wrong signature, another key type or an algorithm the CA never uses: not issued by it
      return false;
    }
  }

  private static boolean validAt(X509Certificate certificate, Instant time) {
    try {
      certificate.checkValidity(Date.from(time));
      return true;
    } catch (CertificateException outsideValidity) {
      return false;
    }
  }

  private static SealCheck malformed(String sha256, Instant signingTime, String subject) {
    return new SealCheck(
        true, false, false, subject, signingTime, sha256, List.of(SealCheck.MALFORMED));
  }
}
