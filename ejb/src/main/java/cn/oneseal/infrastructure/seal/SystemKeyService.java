package cn.oneseal.infrastructure.seal;

import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The installation's system key (see {@link SystemKey}), loaded once at its first use: the keystore
 * {@code ONESEAL_SYSTEM_KEYSTORE} with {@code ONESEAL_SYSTEM_KEYSTORE_PASSWORD} when configured,
 * otherwise the demo key made under {@code ONESEAL_HOME/keys}. It refuses to start on the bureau
 * seal's key: what the system signs must never pass for an act of the bureau.
 */
@ApplicationScoped
public class SystemKeyService {

  @Inject OneSealConfig config;

  @Inject SealService seal;

  private volatile SystemKey key;

  public byte[] sign(byte[] message) {
    return key().sign(message);
  }

  public boolean verify(byte[] message, byte[] signature) {
    return key().verify(message, signature);
  }

  /** SHA-256 (hex) of the system certificate. */
  public String fingerprint() {
    return key().fingerprint();
  }

  public String certificatePem() {
    return key().certificatePem();
  }

  /** The system certificate, e.g. for a credential's {@code x5c} header. */
  public java.security.cert.X509Certificate certificate() {
    return key().certificate();
  }

  private SystemKey key() {
    SystemKey known = key;
    if (known == null) {
      synchronized (this) {
        if (key == null) {
          key = requireNotTheSeal(load());
        }
        known = key;
      }
    }
    return known;
  }

  private SystemKey load() {
    char[] password = config.systemKeystorePassword().toCharArray();
    if (config.systemKeystore().isPresent()) {
      return SystemKey.load(Path.of(config.systemKeystore().get()), password);
    }
    return SystemKey.loadOrCreate(
        config.home().resolve("keys"), config.registrationAuthority(), password);
  }

  private SystemKey requireNotTheSeal(SystemKey candidate) {
    byte[] system = candidate.certificate().getPublicKey().getEncoded();
    for (var certificate : seal.certificates()) {
      if (Arrays.equals(system, certificate.getPublicKey().getEncoded())) {
        throw new IllegalStateException(
            "ONESEAL_SYSTEM_KEYSTORE holds the bureau seal's key: the system key must be another");
      }
    }
    return candidate;
  }
}
