package cn.oneseal.infrastructure.seal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one BouncyCastle provider instance the seal code hands to every JCA call.
 *
 * <p>It is never installed with {@code Security.addProvider}: in an application server a globally
 * registered provider outlives the deployment that registered it (its class loader leaks on
 * redeploy) and may shadow another deployment's or the server's own BouncyCastle. Passing this
 * instance explicitly always reaches the classes in the EAR's {@code lib/}, and the JDK's providers
 * stay the default for everyone else. Built once because construction registers some thousand
 * algorithms.
 */
final class BouncyCastle {

  static final Provider PROVIDER = new BouncyCastleProvider();

  private BouncyCastle() {}
}
