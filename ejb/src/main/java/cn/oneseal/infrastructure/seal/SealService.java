package cn.oneseal.infrastructure.seal;

import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The bureau's one seal in this installation. In production the operator configures a keystore
 * ({@code ONESEAL_SEAL_KEYSTORE} with the PDF signing key, {@code ONESEAL_SEAL_SM2_KEYSTORE} with
 * the SM2 key, {@code ONESEAL_SEAL_PASSWORD}); otherwise a demonstration seal — its own CA, seal
 * certificate and SM2 key — is created at first use under {@code ONESEAL_HOME/keys} and kept there,
 * so that documents sealed today still verify after a restart.
 */
@ApplicationScoped
public class SealService {

  @Inject OneSealConfig config;

  private volatile Sealing sealing;

  /** The sealer and the verifier over one loaded seal. */
  private record Sealing(BureauSeal seal, PdfSealer sealer, SealVerifier verifier) {}

  public SealedPdf seal(byte[] pdf, int page, PDRectangle area, String reason, Instant at) {
    return sealing().sealer().seal(pdf, page, area, reason, at);
  }

  public SealCheck check(byte[] pdf) {
    return sealing().verifier().check(pdf);
  }

  public boolean verifySm2(byte[] pdf, byte[] signature) {
    return sealing().verifier().verifySm2(pdf, signature);
  }

  /**
   * What operations needs to know of the loaded seal (loading it at the first call): the serials
   * and expiry of both certificates, and whether the keystores are configured or the demo's.
   *
   * @throws RuntimeException when the keystores cannot be loaded
   */
  public SealKeys keys() {
    BureauSeal loaded = sealing().seal();
    return new SealKeys(
        config.sealKeystore().isPresent(),
        loaded.certificate().getSerialNumber().toString(16),
        loaded.certificate().getNotAfter().toInstant(),
        loaded.sm2Certificate().getSerialNumber().toString(16),
        loaded.sm2Certificate().getNotAfter().toInstant());
  }

  /** The loaded seal's certificates, for the readiness probe. */
  public record SealKeys(
      boolean configured, String serial, Instant notAfter, String sm2Serial, Instant sm2NotAfter) {}

  /** The seal's own certificates: the PDF signing key's and the SM2 key's. */
  public List<X509Certificate> certificates() {
    BureauSeal loaded = sealing().seal();
    return List.of(loaded.certificate(), loaded.sm2Certificate());
  }

  /** Serial number (hex) of the certificate that signs documents. */
  public String certificateSerial() {
    return sealing().seal().certificate().getSerialNumber().toString(16);
  }

  private Sealing sealing() {
    Sealing known = sealing;
    if (known == null) {
      synchronized (this) {
        if (sealing == null) {
          BureauSeal seal = load();
          sealing =
              new Sealing(seal, new PdfSealer(seal, config.sealLocation()), new SealVerifier(seal));
        }
        known = sealing;
      }
    }
    return known;
  }

  private BureauSeal load() {
    char[] password = config.sealPassword().toCharArray();
    if (config.sealKeystore().isPresent()) {
      return BureauSeal.load(
          Path.of(config.sealKeystore().get()),
          Path.of(
              config
                  .sealSm2Keystore()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "ONESEAL_SEAL_KEYSTORE is set, ONESEAL_SEAL_SM2_KEYSTORE is not"))),
          password,
          config.registrationAuthority());
    }
    return BureauSeal.loadOrCreate(
        config.home().resolve("keys"), config.registrationAuthority(), password);
  }
}
