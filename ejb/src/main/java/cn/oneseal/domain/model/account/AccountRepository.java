package cn.oneseal.domain.model.account;

import java.util.List;
import java.util.Optional;

/** The accounts, their past passwords and the security log, as the services need them. */
public interface AccountRepository {

  Optional<UserAccount> find(String username);

  /** The account, locked for this transaction (a sign-in, an administrator's act). */
  Optional<UserAccount> findForUpdate(String username);

  void add(UserAccount account);

  /** Accounts whose user name, name or staff number contains {@code search}, by user name. */
  List<UserAccount> search(String search, int offset, int size);

  long count(String search);

  /** Whether another account than {@code selfId} (null: any) has this staff number. */
  boolean staffNumberTaken(String staffNumber, Long selfId);

  /** Whether an active account holds this role. */
  boolean activeHolderOf(Role role);

  /** The last {@code count} passwords the account replaced, newest first. */
  List<String> replacedPasswordHashes(Long accountId, int count);

  void rememberReplacedPassword(PasswordHistory replaced);

  void log(SecurityEvent event);

  /** A page of the security log, newest first; of one account (actor or subject) when given. */
  List<SecurityEvent> securityEvents(String account, int offset, int size);

  long countSecurityEvents(String account);
}
