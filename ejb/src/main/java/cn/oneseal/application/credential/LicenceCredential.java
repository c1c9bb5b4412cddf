package cn.oneseal.application.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The business licence without a medium (无介质电子营业执照, docs/licences.md): the licence's data as a
 * compact JWS (RFC 7515/7519), signed with the installation's system key (ES256: ECDSA P-256 with
 * SHA-256) — the system attests what the register holds, it is not a new act of the bureau, so not
 * the seal ("Who seals what"). The header names the certificate twice: {@code kid} is its SHA-256
 * fingerprint (hex, as the audit anchors name it) and {@code x5c} carries it; the bureau publishes
 * the same certificate at {@code GET /api/audit/system-certificate}, against which a relying party
 * checks offline.
 */
public final class LicenceCredential {

  /** The JOSE {@code typ} of the credential. */
  public static final String TYPE = "oneseal-licence+jwt";

  /** How long a fetched credential may be shown: the holder fetches a fresh one each day. */
  public static final Duration VALIDITY = Duration.ofHours(24);

  private LicenceCredential() {}

  /**
   * What the credential states: the licence as registered, its version and status, and where it is
   * verified online.
   */
  public record Facts(
      String creditCode,
      String name,
      String type,
      String entityType,
      String legalRepresentative,
      String registeredCapital,
      String establishedOn,
      String domicile,
      int version,
      String status,
      String verificationUrl,
      String issuer) {}

  /**
   * The signed credential of {@code facts}, issued at {@code now}, valid for {@link #VALIDITY}.
   * {@code sign} signs bytes with the system key (DER-encoded ECDSA, as {@code SHA256withECDSA}
   * answers); {@code certificate} is its certificate.
   */
  public static String issue(
      Facts facts, Instant now, X509Certificate certificate, UnaryOperator<byte[]> sign) {
    byte[] der = der(certificate);
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.ES256)
            .type(new JOSEObjectType(TYPE))
            .keyID(fingerprint(der))
            .x509CertChain(List.of(Base64.encode(der)))
            .build();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(facts.issuer())
            .subject(facts.creditCode())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(VALIDITY)))
            .claim("creditCode", facts.creditCode())
            .claim("name", facts.name())
            .claim("type", facts.type())
            .claim("entityType", facts.entityType())
            .claim("legalRepresentative", facts.legalRepresentative())
            .claim("registeredCapital", facts.registeredCapital())
            .claim("establishedOn", facts.establishedOn())
            .claim("domicile", facts.domicile())
            .claim("version", facts.version())
            .claim("status", facts.status())
            .claim("verificationUrl", facts.verificationUrl())
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new Signer(sign));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the licence credential", e);
    }
    return jwt.serialize();
  }

  /** SHA-256 of the DER certificate, lower-case hex: the {@code kid}. */
  static String fingerprint(byte[] der) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("the system certificate cannot be encoded", e);
    }
  }

  /**
   * ES256 through the system key, which answers DER; JWS wants R and S concatenated (RFC 7518
   * §3.4).
   */
  private static final class Signer implements JWSSigner {

    private final UnaryOperator<byte[]> sign;
    private final JCAContext context = new JCAContext();

    Signer(UnaryOperator<byte[]> sign) {
      this.sign = sign;
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
      byte[] der = sign.apply(signingInput);
      return Base64URL.encode(ECDSA.transcodeSignatureToConcat(der, 64));
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
      return Set.of(JWSAlgorithm.ES256);
    }

    @Override
    public JCAContext getJCAContext() {
      return context;
    }
  }
}
