package cn.oneseal.application.dto;

import java.io.Serializable;

/**
 * A second factor offered for enrolment, not yet stored: the Base32 secret the person types into an
 * authenticator app (or scans as {@code keyUri} from the QR code, {@code qrSvg}).
 */
public record TwoFactorEnrolment(String secret, String keyUri, String qrSvg)
    implements Serializable {

  /** The secret in groups of four, easier to type. */
  public String grouped() {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
