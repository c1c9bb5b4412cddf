package cn.oneseal.domain.model.registration;

/**
 * An identity number as the database keeps it: the encrypted text and the masked form shown to
 * people. Made by an {@link IdentityVault}; the plain number is never stored.
 */
public record SealedIdentity(String cipherText, String masked) {

  public SealedIdentity {
    if (cipherText == null || cipherText.isBlank() || masked == null) {
      throw new IllegalArgumentException("cipher text and mask required");
    }
  }
}
