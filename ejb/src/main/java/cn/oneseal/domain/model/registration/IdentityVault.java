package cn.oneseal.domain.model.registration;

/**
 * Encrypts identity numbers for storage and decrypts them for the departments that need them (tax,
 * social insurance). Implemented in infrastructure with a key kept outside the database.
 */
public interface IdentityVault {

  SealedIdentity seal(String identifier, String masked);

  String open(SealedIdentity sealed);
}
