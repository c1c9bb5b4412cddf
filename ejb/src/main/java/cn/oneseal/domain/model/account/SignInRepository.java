package cn.oneseal.domain.model.account;

import java.util.List;
import java.util.Optional;

/**
 * The records of signing in beyond the password: accounts by name, their second factor and recovery
 * codes, and personal access tokens.
 */
public interface SignInRepository {

  /** An active (not deactivated) account by user name. */
  Optional<UserAccount> activeAccount(String username);

  Optional<UserAccount> account(long id);

  Optional<SecondFactor> secondFactor(long accountId);

  /** The second factor, locked until the transaction ends (a code is accepted only once). */
  Optional<SecondFactor> secondFactorForUpdate(long accountId);

  void add(SecondFactor factor);

  /** Removes the account's second factor and all its recovery codes. */
  void removeSecondFactor(long accountId);

  void add(RecoveryCode code);

  long unusedRecoveryCodes(long accountId);

  /** The unused recovery code of this hash, locked; empty when none. */
  Optional<RecoveryCode> unusedRecoveryCode(long accountId, String codeHash);

  /** Stores a new token and gives it its id. */
  void add(AccessToken token);

  Optional<AccessToken> token(long id);

  long tokenCount(long accountId);

  /** The account's tokens, newest first, from {@code offset}. */
  List<AccessToken> tokens(long accountId, int offset, int limit);
}
