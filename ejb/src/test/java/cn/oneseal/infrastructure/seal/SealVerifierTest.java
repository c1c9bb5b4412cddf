package cn.oneseal.infrastructure.seal;

import static cn.oneseal.infrastructure.seal.SealFixtures.BUREAU;
import static cn.oneseal.infrastructure.seal.SealFixtures.LOCATION;
import static cn.oneseal.infrastructure.seal.SealFixtures.PASSWORD;
import static cn.oneseal.infrastructure.seal.SealFixtures.REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.oneseal.application.documents.LicencePdf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealVerifierTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final PDRectangle AREA = new PDRectangle(400, 100, 120, 120);

  @TempDir static Path home;

  private static BureauSeal seal;
  private static SealVerifier verifier;
  private static SealedPdf sealed;

  @BeforeAll
  static void sealALicence() {
    seal = BureauSeal.loadOrCreate(home.resolve("ours"), BUREAU, PASSWORD);
    verifier = new SealVerifier(seal);
    sealed =
        new PdfSealer(seal, LOCATION)
            .seal(SealFixtures.licence(), 0, LicencePdf.sealArea(), REASON, NOW);
  }

  @Test
  void theBureausSealOnAnUnchangedFileIsValid() {
    SealCheck check = verifier.check(sealed.pdf());

    assertThat(check.signed()).isTrue();
    assertThat(check.intact()).isTrue();
    assertThat(check.bureauSeal()).isTrue();
    assertThat(check.problems()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(check.signerSubject())
        .isEqualTo(seal.certificate().getSubjectX500Principal().getName());
    assertThat(check.signingTime()).isEqualTo(NOW);
    assertThat(check.sha256()).isEqualTo(sealed.sha256());
  }

  @Test
  void oneChangedByteInsideTheSignedRangeBreaksIt() {
    byte[] changed = sealed.pdf().clone();
    // in the binary comment after the header: still the same PDF to any reader
    assertThat(new String(changed, 0, 10, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
    assertThat(changed[10] & 0xFF).isGreaterThan(127);
    changed[10] ^= 1;

    SealCheck check = verifier.check(changed);

    assertThat(check.signed()).isTrue();
    assertThat(check.intact()).isFalse();
    assertThat(check.bureauSeal()).isTrue();
    assertThat(check.problems()).containsExactly(SealCheck.NOT_INTACT);
    assertThat(check.valid()).isFalse();
  }

  @Test
  void anIncrementalUpdateAfterSealingBreaksIt() throws Exception {
    byte[] retitled;
    try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
      document.getDocumentInformation().setTitle("营业执照（已变更）");
      document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      retitled = saveIncremental(document);
    }
    byte[] extended;
    try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
      document.addPage(new PDPage());
      document.getPages().getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      extended = saveIncremental(document);
    }

    for (byte[] updated : new byte[][] {retitled, extended}) {
      assertThat(Arrays.copyOf(updated, sealed.pdf().length)).isEqualTo(sealed.pdf());
      SealCheck check = verifier.check(updated);
      assertThat(check.signed()).isTrue();
      assertThat(check.intact()).isFalse();
      assertThat(check.bureauSeal()).isTrue();
      assertThat(check.problems()).containsExactly(SealCheck.NOT_INTACT);
    }
    try (PDDocument document = Loader.loadPDF(extended)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
    }
  }

  @Test
  void aTruncatedFileIsNotIntact() {
    byte[] truncated = Arrays.copyOf(sealed.pdf(), sealed.pdf().length - 40);

    SealCheck check = verifier.check(truncated);

    assertThat(check.intact()).isFalse();
    assertThat(check.valid()).isFalse();
  }

  @Test
  void aSealOfTheSameNameFromAnotherKeyIsNotTheBureaus() throws Exception {
    BureauSeal impostor = BureauSeal.loadOrCreate(home.resolve("impostor"), BUREAU, PASSWORD);
    SealedPdf forged =
        new PdfSealer(impostor, LOCATION).seal(SealFixtures.plainPdf(), 0, AREA, REASON, NOW);

    SealCheck check = verifier.check(forged.pdf());

    assertThat(check.signed()).isTrue();
    assertThat(check.intact()).isTrue();
    assertThat(check.bureauSeal()).isFalse();
    assertThat(check.problems()).containsExactly(SealCheck.OTHER_SIGNER);
    // the same subject: only the key and the issuer tell them apart
    assertThat(check.signerSubject())
        .isEqualTo(seal.certificate().getSubjectX500Principal().getName());
    assertThat(new SealVerifier(impostor).check(forged.pdf()).valid()).isTrue();
  }

  @Test
  void aRenewedCertificateOfTheBureauFromItsCaIsTheBureausAnotherOrganisationsIsNot(
      @TempDir Path directory) throws Exception {
    TestCa ca = TestCa.create("测试 CA");
    BureauSeal current = TestCa.seal(directory, "current", ca.issue(BUREAU), BUREAU);
    BureauSeal renewed = TestCa.seal(directory, "renewed", ca.issue(BUREAU), BUREAU);
    BureauSeal neighbour =
        TestCa.seal(directory, "neighbour", ca.issue("太原市小店区行政审批服务局"), "太原市小店区行政审批服务局");
    byte[] pdf = SealFixtures.plainPdf();

    SealCheck byRenewed =
        new SealVerifier(current)
            .check(new PdfSealer(renewed, LOCATION).seal(pdf, 1, AREA, REASON, NOW).pdf());
    SealCheck byNeighbour =
        new SealVerifier(current)
            .check(new PdfSealer(neighbour, LOCATION).seal(pdf, 1, AREA, REASON, NOW).pdf());

    assertThat(renewed.certificate()).isNotEqualTo(current.certificate());
    assertThat(byRenewed.valid()).isTrue();
    assertThat(byNeighbour.intact()).isTrue();
    assertThat(byNeighbour.bureauSeal()).isFalse();
    assertThat(byNeighbour.problems()).containsExactly(SealCheck.OTHER_SIGNER);
  }

  @Test
  void aSigningTimeOutsideTheCertificatesValidityIsReported() {
    Instant later = NOW.plus(Duration.ofDays(6 * 366));
    SealedPdf postdated =
        new PdfSealer(seal, LOCATION).seal(SealFixtures.licence(), 0, AREA, REASON, later);

    SealCheck check = verifier.check(postdated.pdf());

    assertThat(check.intact()).isTrue();
    assertThat(check.bureauSeal()).isTrue();
    assertThat(check.problems()).containsExactly(SealCheck.CERTIFICATE_NOT_VALID);
    assertThat(check.valid()).isFalse();
  }

  @Test
  void anUnsignedPdfHasNoSignature() throws Exception {
    SealCheck check = verifier.check(SealFixtures.plainPdf());

    assertThat(check.signed()).isFalse();
    assertThat(check.intact()).isFalse();
    assertThat(check.bureauSeal()).isFalse();
    assertThat(check.problems()).containsExactly(SealCheck.NO_SIGNATURE);
    assertThat(check.sha256()).hasSize(64);
  }

  @Test
  void garbageIsAnsweredWithAProblemNeverAnException() {
    Random random = new Random(38540);
    byte[] noise = new byte[64 * 1024];
    random.nextBytes(noise);
    byte[] headerThenNoise = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), noise);
    byte[] huge = new byte[48 * 1024 * 1024];
    random.nextBytes(huge);
    System.arraycopy(headerThenNoise, 0, huge, 0, 9);
    byte[] cutInHalf = Arrays.copyOf(sealed.pdf(), sealed.pdf().length / 2);
    byte[][] inputs = {
      new byte[0],
      noise,
      "营业执照\n这不是 PDF 文件。\n".getBytes(StandardCharsets.UTF_8),
      headerThenNoise,
      huge,
      cutInHalf
    };

    for (byte[] input : inputs) {
      assertThatCode(() -> verifier.check(input)).doesNotThrowAnyException();
      SealCheck check = verifier.check(input);
      assertThat(check.valid()).isFalse();
      assertThat(check.problems())
          .isNotEmpty()
          .allSatisfy(
              problem ->
                  assertThat(problem)
                      .isIn(SealCheck.MALFORMED, SealCheck.NO_SIGNATURE, SealCheck.NOT_INTACT));
    }
    assertThat(verifier.check(new byte[0]).problems()).containsExactly(SealCheck.MALFORMED);
    assertThat(verifier.check(noise).problems()).containsExactly(SealCheck.MALFORMED);
  }

  @Test
  void theSm2SignatureVerifiesForTheSealedBytesOnly() {
    byte[] changed = sealed.pdf().clone();
    changed[changed.length / 2] ^= 1;
    byte[] brokenSignature = sealed.sm2Signature().clone();
    brokenSignature[brokenSignature.length - 1] ^= 1;

    assertThat(verifier.verifySm2(sealed.pdf(), sealed.sm2Signature())).isTrue();
    assertThat(verifier.verifySm2(changed, sealed.sm2Signature())).isFalse();
    assertThat(verifier.verifySm2(sealed.pdf(), brokenSignature)).isFalse();
    assertThat(verifier.verifySm2(sealed.pdf(), new byte[0])).isFalse();
    assertThat(verifier.verifySm2(sealed.pdf(), "garbage".getBytes(StandardCharsets.US_ASCII)))
        .isFalse();
  }

  @Test
  void theSm2SignatureUsesTheStandardUserIdThatOtherToolsAssume() throws Exception {
    assertThat(sm2Verifies("1234567812345678")).isTrue();
    assertThat(sm2Verifies("ALICE123@YAHOO.COM")).isFalse();
  }

  private static boolean sm2Verifies(String userId) throws Exception {
    Signature verifier = Signature.getInstance("SM3withSM2", BouncyCastle.PROVIDER);
    verifier.setParameter(new SM2ParameterSpec(userId.getBytes(StandardCharsets.US_ASCII)));
    verifier.initVerify(seal.sm2Certificate().getPublicKey());
    verifier.update(sealed.pdf());
    return verifier.verify(sealed.sm2Signature());
  }

  private static byte[] saveIncremental(PDDocument document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.saveIncremental(out);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
