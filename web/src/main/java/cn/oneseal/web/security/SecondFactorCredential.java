package cn.oneseal.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code typed on the second sign-in step (an authenticator code or a recovery code), handed to
 * {@link OneSealAuthenticationMechanism} through {@code SecurityContext.authenticate} for the
 * sign-in its session holds pending.
 */
public record SecondFactorCredential(String code) implements Credential {

  @Override
  public String toString() {
    return "SecondFactorCredential[…]"; // never the code
  }
}
