package cn.oneseal.infrastructure.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;

/**
 * SM2 signatures with SM3 (GB/T 32918.2, GB/T 35276): the national algorithms GB/T 38540 requires
 * of electronic seals.
 *
 * <p>An SM2 signature covers SM3(Z ‖ message), where Z hashes the signer's public key together with
 * a user ID. Signer and verifier must use the same ID or every signature fails, and libraries
 * differ in the ID they assume when none is given; so it is set explicitly, to the default that
 * GM/T 0009 and GB/T 35276 name ({@code 1234567812345678}). Signatures are DER-encoded {@code
 * SEQUENCE {r, s}}.
 */
final class Sm2 {

  static final String ALGORITHM = "SM3withSM2";

  /** The default user ID of GB/T 35276 (the ASCII digits 1–8 twice). */
  static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

  private Sm2() {}

  /**
   * Signs with one key, reusing initialised signature objects. Initialising an SM2 signer computes
   * the public point from the private key (a scalar multiplication) and Z: a third of the CPU of a
   * document's SM2 signature (issue 18). Each {@link Signature#sign()} resets its object to the
   * state right after {@code initSign}, so the object signs again as is, with a new random k. An
   * object is used by one thread at a time; one whose signing failed is not reused.
   */
  static final class Signer {

    /** Initialised objects kept between signatures: more than the documents sealed at once. */
    private static final int KEPT = 8;

    private final PrivateKey key;

    private final BlockingQueue<Signature> idle = new ArrayBlockingQueue<>(KEPT);

    Signer(PrivateKey key) {
      this.key = key;
    }

    byte[] sign(byte[] message) {
      try {
        Signature signature = idle.poll();
        if (signature == null) {
          signature = newSignature();
          signature.initSign(key);
        }
        signature.update(message);
        byte[] signed = signature.sign();
        idle.offer(signature);
        return signed;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot sign with the SM2 seal key", e);
      }
    }
  }

  /**
   * Whether {@code signature} is {@code key}'s signature of {@code message}. A signature that is
   * not even DER makes the provider throw; that too means "not a valid signature", so it answers
   * {@code false}.
   */
  static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    try {
      Signature verifier = newSignature();
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (SignatureException notASignature) {
      return false;
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("not an SM2 public key: " + key.getAlgorithm(), e);
    }
  }

  private static Signature newSignature() {
    try {
      Signature signature = Signature.getInstance(ALGORITHM, BouncyCastle.PROVIDER);
      signature.setParameter(new SM2ParameterSpec(USER_ID));
      return signature;
    } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
      throw new IllegalStateException("BouncyCastle always provides " + ALGORITHM, e);
    }
  }
}
