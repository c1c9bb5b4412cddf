package cn.oneseal.application;

import cn.oneseal.domain.model.account.AccountRepository;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.PasswordHistory;
import cn.oneseal.domain.model.account.PasswordPolicy;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.shared.DomainException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * Accounts and sign-in: password checks, slowed down and finally locked after repeated failures.
 */
@Stateless
@PermitAll
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  @Inject private SignInThrottle throttle;

  @Inject private AuditTrail audit;

  @Inject private SecurityLog securityLog;

  @Inject private AccountRepository repository;

  /**
   * Checks a user name and password sent from {@code source} (the caller's address). Runs in its
   * own transaction so that a failed attempt is counted even though the request that carried it
   * fails.
   *
   * <p>Before the password is looked at, the {@link SignInThrottle} may refuse the attempt as too
   * early (too many attempts from this address, or too soon after this name's last failure); a
   * locked account is refused even with the right password. A name no account has costs the same
   * hashing time and gets the same answers — slowed down and locked alike — as a wrong password.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuthenticationResult authenticate(String username, char[] password, String source) {
    Instant now = clock.instant();
    String name = username == null ? "" : username;
    Optional<Instant> tooEarly = throttle.refusedUntil(source, name, now);
    if (tooEarly.isPresent()) {
      return AuthenticationResult.throttled(tooEarly.get());
    }
    Optional<UserAccount> found = findForUpdate(name).filter(UserAccount::isEnabled);
    Optional<Instant> locked =
        found.isPresent()
            ? Optional.ofNullable(found.get().getLockedUntil()).filter(now::isBefore)
            : throttle.lockedUntil(name, now);
    if (locked.isPresent()) {
      throttle.refused(source, now);
      return AuthenticationResult.locked(locked.get());
    }
    boolean matches =
        PasswordHasher.matches(
            password, found.map(UserAccount::getPasswordHash).orElseGet(this::dummyHash));
    if (found.isPresent() && matches) {
      throttle.succeeded(name);
      found.get().recordSuccessfulLogin();
      securityLog.record(SecurityLog.Kind.SIGNIN_SUCCEEDED, name, null, source, null);
      Actor actor = found.get().toActor();
      if (actor.readsOthersCases()) {
        // staff and supervisors' sign-ins are on the audit trail too, from where they came
        audit.signedIn(actor, source);
      }
      return AuthenticationResult.success(actor);
    }
    int failures = throttle.failed(source, name, now);
    found.ifPresent(UserAccount::recordFailedLogin);
    // an unknown name's failure is on the log too (who probes for names, from where), without the
    // name typed, which may be someone's password typed into the wrong field; the refusal also
    // takes the same time as a wrong password's: the same hashing and the same writes
    securityLog.record(
        SecurityLog.Kind.SIGNIN_FAILED,
        found.isPresent() ? name : SecurityLog.UNKNOWN_NAME,
        null,
        source,
        null);
    int threshold = throttle.policy().lockThreshold();
    if (failures >= threshold) {
      Instant until = now.plus(throttle.policy().lockDuration());
      throttle.locked(name, until, found.isEmpty());
      if (found.isPresent()) {
        found.get().lockUntil(until);
        LOG.warning(
            () ->
                "account locked after "
                    + threshold
                    + " failed sign-ins: "
                    + name
                    + ", last from "
                    + source);
        audit.record(
            Actor.system(),
            "account.locked",
            "account",
            name,
            "until " + until + ", last from " + source);
        securityLog.record(
            SecurityLog.Kind.ACCOUNT_LOCKED,
            Actor.SYSTEM,
            name,
            source,
            threshold + " failed sign-ins; until " + until);
      }
    }
    return AuthenticationResult.invalid();
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
    return createHashed(username, displayName, hash(password), roles);
  }

  /**
   * A new account whose password hash was made already ({@link #hash}): the demo accounts share
   * one, made once at start, since their password is published anyway.
   */
  public UserAccount createHashed(
      String username, String displayName, String passwordHash, Set<Role> roles) {
    UserAccount account =
        new UserAccount(username, displayName, passwordHash, roles, clock.instant());
    em.persist(account);
    return account;
  }

  /**
   * The holder changes their own password: the current one must be right, the new one must meet the
   * {@link PasswordPolicy} and be none of the last ones. Every problem is reported at once and
   * nothing changes on any.
   */
  public void changePassword(
      Actor actor, char[] currentPassword, String newPassword, String source) {
    UserAccount account =
        findForUpdate(actor.username())
            .filter(UserAccount::isEnabled)
            .orElseThrow(() -> DomainException.notFound("error.account.notFound"));
    List<DomainException.Detail> problems = new ArrayList<>();
    if (currentPassword == null
        || !PasswordHasher.matches(currentPassword, account.getPasswordHash())) {
      problems.add(DomainException.Detail.of("currentPassword", "error.password.currentWrong"));
    }
    problems.addAll(newPasswordProblems(account, newPassword));
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    Instant now = clock.instant();
    String old = account.changePassword(hash(newPassword), now);
    repository.rememberReplacedPassword(new PasswordHistory(account.getId(), old, now));
    securityLog.record(SecurityLog.Kind.PASSWORD_CHANGED, actor.username(), null, source, null);
  }

  /**
   * What is wrong with {@code newPassword} for this account: the policy's rules, and whether it is
   * the current password or one of the last {@link PasswordPolicy#historySize()}.
   */
  public List<DomainException.Detail> newPasswordProblems(UserAccount account, String newPassword) {
    PasswordPolicy policy = config.passwordPolicy();
    List<DomainException.Detail> problems =
        new ArrayList<>(policy.problems(account.getUsername(), newPassword));
    if (problems.isEmpty() && policy.historySize() > 0) {
      char[] candidate = newPassword.toCharArray();
      List<String> recent = new ArrayList<>();
      recent.add(account.getPasswordHash());
      recent.addAll(repository.replacedPasswordHashes(account.getId(), policy.historySize() - 1));
      if (recent.stream().anyMatch(h -> PasswordHasher.matches(candidate, h))) {
        problems.add(
            DomainException.Detail.of("password", "error.password.reused", policy.historySize()));
      }
    }
    return problems;
  }

  /** A new password hash at the configured iteration count. */
  public String hash(String password) {
    return new PasswordHasher(config.passwordIterations()).hash(password.toCharArray());
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

  /**
   * A hash of nothing anyone types, at the iteration count new passwords get, so that an unknown
   * name takes as long to refuse as a wrong password. Hashed once per count.
   */
  private String dummyHash() {
    int iterations = config.passwordIterations();
    return DUMMY_HASHES.computeIfAbsent(
        iterations, n -> new PasswordHasher(n).hash("not-a-password".toCharArray()));
  }

  private static final ConcurrentMap<Integer, String> DUMMY_HASHES = new ConcurrentHashMap<>();
}
