package cn.oneseal.infrastructure.seal;

import static cn.oneseal.infrastructure.seal.SealFixtures.BUREAU;
import static cn.oneseal.infrastructure.seal.SealFixtures.LOCATION;
import static cn.oneseal.infrastructure.seal.SealFixtures.PASSWORD;
import static cn.oneseal.infrastructure.seal.SealFixtures.REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.application.documents.LicencePdf;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSealerTest {

  /** The sealed licence as people see it: ejb/target/sealed-licence.png. */
  private static final Path SAMPLE = Path.of("target", "sealed-licence.png");

  private static final Instant SIGNING_TIME = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @TempDir static Path home;

  private static BureauSeal seal;
  private static byte[] licence;
  private static SealedPdf sealed;

  @BeforeAll
  static void sealALicence() {
    seal = BureauSeal.loadOrCreate(home, BUREAU, PASSWORD);
    licence = SealFixtures.licence();
    sealed =
        new PdfSealer(seal, LOCATION).seal(licence, 0, LicencePdf.sealArea(), REASON, SIGNING_TIME);
  }

  @Test
  void theSealIsAppendedAsAnIncrementalUpdate() throws Exception {
    assertThat(sealed.pdf().length).isGreaterThan(licence.length);
    assertThat(Arrays.copyOf(sealed.pdf(), licence.length)).isEqualTo(licence);
    assertThat(sealed.sha256())
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sealed.pdf())));
  }

  @Test
  void theSignatureDictionaryIsPadesWithReasonLocationNameAndTime() throws Exception {
    try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      assertThat(signatures).hasSize(1);
      PDSignature signature = signatures.get(0);

      assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(signature.getName()).isEqualTo(BUREAU);
      assertThat(signature.getReason()).isEqualTo(REASON);
      assertThat(signature.getLocation()).isEqualTo(LOCATION);
      assertThat(signature.getSignDate().toInstant()).isEqualTo(SIGNING_TIME);
      int[] range = signature.getByteRange();
      assertThat(range[0]).isZero();
      assertThat(range[2] + range[3]).isEqualTo(sealed.pdf().length);
    }
  }

  @Test
  void theCmsSignatureIsCadesBaselineWithSigningCertificateV2AndNoSigningTime() throws Exception {
    PDSignature signature;
    try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
      signature = document.getLastSignatureDictionary();
    }
    // a stream, because the byte-array constructor refuses the zeros that fill the hole
    CMSSignedData cms = new CMSSignedData(new ByteArrayInputStream(signature.getContents()));
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    AttributeTable attributes = signer.getSignedAttributes();

    assertThat(cms.isDetachedSignature()).isTrue();
    assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
    assertThat(attributes.get(CMSAttributes.signingTime)).as("forbidden by PAdES").isNull();
    assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
    assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
    ESSCertIDv2 certificateId =
        SigningCertificateV2.getInstance(
                attributes
                    .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                    .getAttrValues()
                    .getObjectAt(0))
            .getCerts()[0];
    assertThat(certificateId.getHashAlgorithm().getAlgorithm())
        .isEqualTo(NISTObjectIdentifiers.id_sha256);
    assertThat(certificateId.getCertHash())
        .isEqualTo(MessageDigest.getInstance("SHA-256").digest(seal.certificate().getEncoded()));
    assertThat(certificateId.getIssuerSerial().getSerial().getValue())
        .isEqualTo(seal.certificate().getSerialNumber());
    assertThat(cms.getCertificates().getMatches(null)).hasSize(2);
  }

  @Test
  void theSealIsAVisiblePrintedWidgetOverTheSealArea() throws Exception {
    try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
      PDSignatureField field =
          (PDSignatureField)
              document.getDocumentCatalog().getAcroForm().getFields().stream()
                  .filter(PDSignatureField.class::isInstance)
                  .findFirst()
                  .orElseThrow();
      PDAnnotationWidget widget = field.getWidgets().get(0);
      PDRectangle area = LicencePdf.sealArea();

      assertThat(widget.getRectangle().toGeneralPath().getBounds2D())
          .isEqualTo(area.toGeneralPath().getBounds2D());
      assertThat(widget.isPrinted()).isTrue();
      assertThat(widget.getNormalAppearanceStream().getBBox().getWidth())
          .isEqualTo(area.getWidth());
      List<PDAnnotation> annotations = document.getPage(0).getAnnotations();
      assertThat(annotations)
          .anySatisfy(
              annotation -> assertThat(annotation.getCOSObject()).isSameAs(widget.getCOSObject()));
    }
  }

  @Test
  void theRenderedLicenceShowsARedSealAndAReadableQrCode() throws Exception {
    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
      page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
    }
    Files.createDirectories(SAMPLE.getParent());
    ImageIO.write(page, "png", SAMPLE.toFile());

    PDRectangle area = LicencePdf.sealArea();
    float scale = 150 / 72f;
    int centreX = Math.round((area.getLowerLeftX() + area.getWidth() / 2) * scale);
    int centreY =
        Math.round(
            (page.getHeight() / scale - area.getLowerLeftY() - area.getHeight() / 2) * scale);
    int radius = Math.round(area.getWidth() / 2 * scale);
    assertThat(redPixels(page, centreX - radius, centreY - radius, 2 * radius))
        .as("red ink in the seal area")
        .isGreaterThan(radius * radius / 2);
    assertThat(redPixels(page, 0, 0, page.getHeight() / 2)).as("no seal top left").isZero();
    assertThat(qrCode(page))
        .isEqualTo("http://localhost:8180/verify/licence.xhtml?code=91350100M000100Y43");
  }

  @Test
  void theSignaturesHoleFitsTheChainOfAuthoritiesItCarries(@TempDir Path directory)
      throws Exception {
    TestCa deep = TestCa.create("测试根 CA").subordinate("测试中级 CA").subordinate("测试二级 CA");
    BureauSeal underDeep = TestCa.seal(directory, "deep", deep.issue(BUREAU), BUREAU);

    SealedPdf sealedUnderDeep =
        new PdfSealer(underDeep, LOCATION)
            .seal(licence, 0, LicencePdf.sealArea(), REASON, SIGNING_TIME);

    assertThat(underDeep.chain()).hasSize(4);
    assertThat(new SealVerifier(underDeep).check(sealedUnderDeep.pdf()).valid()).isTrue();
    assertThat(PdfSealer.signatureSize(underDeep.chain()))
        .isGreaterThan(PdfSealer.signatureSize(seal.chain()));
    // the demonstration seal's hole: its two certificates and 4 KB, as hex between < and >
    int[] range;
    try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
      range = document.getLastSignatureDictionary().getByteRange();
    }
    int hole = range[2] - range[1];
    assertThat(hole).isEqualTo(2 * PdfSealer.signatureSize(seal.chain()) + 2);
    assertThat(hole).as("was 16 KB, as hex").isLessThan(2 * 8 * 1024);
  }

  @Test
  void aPageTheDocumentDoesNotHaveIsRefused() {
    PdfSealer sealer = new PdfSealer(seal, LOCATION);

    assertThatThrownBy(() -> sealer.seal(licence, 1, LicencePdf.sealArea(), REASON, SIGNING_TIME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no page 1");
    assertThatThrownBy(
            () ->
                sealer.seal("not a pdf".getBytes(), 0, LicencePdf.sealArea(), REASON, SIGNING_TIME))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int redPixels(BufferedImage image, int x, int y, int size) {
    int red = 0;
    for (int i = Math.max(0, x); i < Math.min(image.getWidth(), x + size); i++) {
      for (int j = Math.max(0, y); j < Math.min(image.getHeight(), y + size); j++) {
        int rgb = image.getRGB(i, j);
        if (((rgb >> 16) & 0xFF) > 190 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 70) {
          red++;
        }
      }
    }
    return red;
  }

  private static String qrCode(BufferedImage image) throws Exception {
    return new MultiFormatReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
            Map.of(
                DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER,
                Boolean.TRUE))
        .getText();
  }
}
