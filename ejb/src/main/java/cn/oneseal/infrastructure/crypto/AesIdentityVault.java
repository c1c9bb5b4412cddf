package cn.oneseal.infrastructure.crypto;

import cn.oneseal.domain.model.credit.SubjectHasher;
import cn.oneseal.domain.model.registration.IdentityVault;
import cn.oneseal.domain.model.registration.SealedIdentity;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts identity numbers with AES-256-GCM. The key is supplied by the operator ({@code
 * ONESEAL_IDENTITY_KEY}) or kept in a file under the installation's home, created with owner-only
 * permissions at first use; it is never in the database, so a copy of the database alone does not
 * reveal identity numbers. Each value has its own random nonce; the text is {@code v1:} + Base64
 * (nonce ‖ cipher text ‖ tag).
 */
@ApplicationScoped
public class AesIdentityVault implements IdentityVault, SubjectHasher {

  private static final String PREFIX = "v1:";

  /** What the key for the identity hash is derived for; a new purpose gives a new key. */
  private static final String HASH_PURPOSE = "oneseal/credit-list/identity-hash/v1";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject OneSealConfig config;

  private volatile SecretKey key;

  /** For tests and tools: a vault over a given key. */
  public static AesIdentityVault withKey(byte[] raw) {
    AesIdentityVault vault = new AesIdentityVault();
    vault.key = new SecretKeySpec(raw.clone(), "AES");
    return vault;
  }

  @Override
  public SealedIdentity seal(String identifier, String masked) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
      byte[] all = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, all, NONCE_BYTES, sealed.length);
      return new SealedIdentity(PREFIX + Base64.getEncoder().encodeToString(all), masked);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  @Override
  public String open(SealedIdentity sealed) {
    if (!sealed.cipherText().startsWith(PREFIX)) {
      throw new IllegalArgumentException("unknown identity cipher version");
    }
    byte[] all = Base64.getDecoder().decode(sealed.cipherText().substring(PREFIX.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      // a wrong key or a changed value: never return a guess
      throw new IllegalStateException("identity number cannot be decrypted with this key", e);
    }
  }

  /**
   * The keyed hash of an identity number for the register of dishonest subjects: HMAC-SHA256 under
   * a key derived from the identity key (HMAC-SHA256 of the purpose under it), so that neither the
   * identity key itself nor its cipher texts are ever used for two purposes. The same installation
   * key gives the same hash; a copy of the database alone cannot test guessed numbers.
   */
  @Override
  public String identityHash(String identityNumber) {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(key().getEncoded(), "HmacSHA256"));
      byte[] hashKey = derive.doFinal(HASH_PURPOSE.getBytes(StandardCharsets.US_ASCII));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(hashKey, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(
              mac.doFinal(
                  SubjectHasher.normalised(identityNumber).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private SecretKey key() {
    SecretKey known = key;
    if (known == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(loadOrCreate(), "AES");
        }
        known = key;
      }
    }
    return known;
  }

  private byte[] loadOrCreate() {
    if (config.identityKey().isPresent()) {
      return checked(Base64.getDecoder().decode(config.identityKey().get()));
    }
    Path file = config.home().resolve("keys").resolve("identity.key");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try {
          Files.writeString(
              file,
              Base64.getEncoder().encodeToString(fresh),
              StandardCharsets.US_ASCII,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          restrict(file);
        } catch (FileAlreadyExistsException raced) {
          // another node created it first: use theirs
        }
      }
      return checked(Base64.getDecoder().decode(Files.readString(file).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the identity key " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the user's profile directory already limits access
    }
  }

  private static byte[] checked(byte[] raw) {
    if (raw.length != 32) {
      throw new IllegalStateException("the identity key must be 32 bytes (Base64)");
    }
    return raw;
  }
}
