package cn.oneseal.infrastructure.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Stamps the bureau's seal on a PDF: a visible seal image and a PAdES baseline B-B signature with
 * the seal certificate, which any PDF viewer can check, and beside the file an SM2 signature of it
 * for the national standard. Thread-safe; the seal image is drawn and compressed for PDF once per
 * sealer ({@link SealPicture}).
 *
 * <p>The signature is appended as an incremental update, so the original bytes stay as they were
 * and the signature covers the whole file except its own value. Its dictionary carries the claimed
 * signing time ({@code /M}), the reason, the bureau as signer name and the given location.
 */
public final class PdfSealer {

  /**
   * Pixels of the seal image: 360 dpi on a 42 mm seal, above print's 300. Every byte of it is in
   * each sealed file and hashed by both signatures; 1000 pixels (600 dpi) made the opacity alone 57
   * KB of a notice (issue 18).
   */
  private static final int IMAGE_SIZE = 600;

  /**
   * Bytes reserved in the CMS signature's hole beyond the seal's certificates: the signer's
   * information (an RSA signature of up to 4096 bits, the signed attributes, the issuer's name) and
   * the structure around it take about 1 KB. Too small a hole fails the signing; every byte of it
   * is written into each document twice over, as hex (issue 18: a fixed 16 KB hole was a fifth of a
   * sealed notice, and its hex 2 % of the server's CPU). A time-stamp token, should one be added,
   * needs room of its own.
   */
  static final int ROOM_BEYOND_CERTIFICATES = 4 * 1024;

  private final BureauSeal seal;
  private final String location;
  private final SealPicture sealImage;
  private final int signatureSize;

  /**
   * @param location where the bureau seals, shown by viewers with the signature (e.g. 山西省太原市)
   */
  public PdfSealer(BureauSeal seal, String location) {
    this.seal = Objects.requireNonNull(seal, "seal");
    this.location = Objects.requireNonNull(location, "location");
    this.sealImage = SealPicture.of(SealImage.png(seal.bureauName(), IMAGE_SIZE));
    this.signatureSize = signatureSize(seal.chain());
  }

  /** The hole for a CMS signature that carries {@code chain}: its certificates and the rest. */
  static int signatureSize(List<X509Certificate> chain) {
    int certificates = 0;
    for (X509Certificate certificate : chain) {
      try {
        certificates += certificate.getEncoded().length;
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException("the seal's chain cannot be encoded", e);
      }
    }
    return certificates + ROOM_BEYOND_CERTIFICATES;
  }

  /**
   * Seals {@code pdf}, showing the seal in {@code area} of the page with the 0-based index {@code
   * page}.
   *
   * @param area in the page's user space (points, origin bottom left), e.g. {@code
   *     LicencePdf.sealArea()}
   * @param signingTime the claimed time of sealing, written into the signature dictionary
   * @throws IllegalArgumentException if {@code pdf} has no such page or cannot be read
   */
  public SealedPdf seal(
      byte[] pdf, int page, PDRectangle area, String reason, Instant signingTime) {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(signingTime, "signingTime");
    byte[] signed;
    try (PDDocument document = load(pdf);
        SignatureOptions options = new SignatureOptions()) {
      if (page < 0 || page >= document.getNumberOfPages()) {
        throw new IllegalArgumentException(
            "no page " + page + " in a PDF of " + document.getNumberOfPages() + " pages");
      }
      options.setPage(page);
      options.setPreferredSignatureSize(signatureSize);
      options.setVisualSignature(SealAppearance.template(document.getPage(page), area, sealImage));
      document.addSignature(
          signature(reason, signingTime),
          new CadesSignature(seal.signingKey(), seal.chain()),
          options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * signatureSize);
      // the SignatureOptions hold the template PDF's objects: they must stay open until here
      document.saveIncremental(out);
      signed = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot seal the PDF", e);
    }
    return new SealedPdf(signed, seal.sm2Sign(signed), Sha256.hex(signed));
  }

  private static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable PDF", e);
    }
  }

  private PDSignature signature(String reason, Instant signingTime) {
    PDSignature signature = new PDSignature();
    signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
    signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
    signature.setName(seal.bureauName());
    signature.setLocation(location);
    signature.setReason(reason);
    signature.setSignDate(GregorianCalendar.from(signingTime.atZone(ZoneOffset.UTC)));
    return signature;
  }
}
