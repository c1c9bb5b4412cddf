package cn.oneseal.application;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.infrastructure.security.PasswordHasher;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Accounts and sign-in: password checks, lockout after repeated failures. */
@Stateless
@PermitAll
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  /**
   * Checks a user name and password. Runs in its own transaction so that a failed attempt is
   * counted even though the request that carried it fails. A locked account is refused even with
   * the right password, and an unknown name costs the same hashing time as a known one.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuthenticationResult authenticate(String username, char[] password) {
    Optional<UserAccount> found = findForUpdate(username);
    if (found.isEmpty() || !found.get().isEnabled()) {
      PasswordHasher.matches(password, DUMMY_HASH);
      return AuthenticationResult.invalid();
    }
    UserAccount account = found.get();
    if (account.isLockedAt(clock.instant())) {
      return AuthenticationResult.locked(account.getLockedUntil());
    }
    if (!PasswordHasher.matches(password, account.getPasswordHash())) {
      account.recordFailedLogin(
          clock.instant(), config.lockoutThreshold(), config.lockoutDuration());
      if (account.isLockedAt(clock.instant())) {
        LOG.warning(() -> "account locked after repeated failed sign-ins: " + username);
      }
      return AuthenticationResult.invalid();
    }
    account.recordSuccessfulLogin();
    return AuthenticationResult.success(account.toActor());
  }

  public Optional<UserAccount> find(String username) {
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** The name shown for this account (e.g. in the page header), if the account exists. */
  public Optional<String> displayName(String username) {
    return find(username).map(UserAccount::getDisplayName);
  }

  /** The actor for a name signed in earlier (a session), if the account is still usable. */
  public Optional<Actor> actorOf(String username) {
    return find(username).filter(UserAccount::isEnabled).map(UserAccount::toActor);
  }

  public UserAccount create(String username, String displayName, String password, Set<Role> roles) {
    String hash = new PasswordHasher(config.passwordIterations()).hash(password.toCharArray());
    UserAccount account = new UserAccount(username, displayName, hash, roles, clock.instant());
    em.persist(account);
    return account;
  }

  /** Where notifications of {@code username} are mailed; blank removes the address. */
  public void changeEmail(String username, String email) {
    UserAccount account =
        find(username).orElseThrow(() -> new IllegalArgumentException("no account " + username));
    account.setEmail(email == null || email.isBlank() ? null : email.strip());
  }

  private Optional<UserAccount> findForUpdate(String username) {
    if (username == null || username.isBlank() || username.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Hashed once so that unknown names take as long as known ones. */
  private static final String DUMMY_HASH =
      new PasswordHasher(120_000).hash("not-a-password".toCharArray());
}
