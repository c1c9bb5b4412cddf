package cn.oneseal.application;

import cn.oneseal.application.dto.TwoFactorEnrolment;
import cn.oneseal.application.dto.TwoFactorStatus;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.RecoveryCode;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.SecondFactor;
import cn.oneseal.domain.model.account.SignInRepository;
import cn.oneseal.domain.model.account.Totp;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.registration.IdentityVault;
import cn.oneseal.domain.model.registration.SealedIdentity;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.infrastructure.demo.DemoData;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second factor of page sign-in (TOTP, RFC 6238): enrolment with a QR code and recovery codes,
 * the check of a code at sign-in, and the security administrator's reset. Required of every role
 * that {@link Role#needsSecondFactor() needs one}; while the demo runs, the demo accounts are
 * exempt except {@link DemoAccounts#ENROLLED_ACCOUNT}, which is enrolled with a published secret so
 * that tests can compute its codes. API clients use tokens or Basic instead.
 */
@Stateless
@PermitAll
public class TwoFactorService {

  /** The issuer authenticator apps show beside the account name. */
  public static final String ISSUER = "OneSeal";

  /** What page sign-in asks of an account after its password. */
  public enum Requirement {
    /** Nothing more: signed in. */
    NONE,
    /** Signed in, but must enrol before doing anything else. */
    ENROL,
    /** Not signed in until a code (or a recovery code) is given. */
    CODE
  }

  /** How a code given at sign-in was judged. */
  public enum Check {
    CODE,
    RECOVERY_CODE,
    WRONG
  }

  @Inject private SignInRepository records;

  @Inject private Clock clock;

  @Inject private OneSealConfig config;

  @Inject private IdentityVault vault;

  @Inject private SecurityLog securityLog;

  public Requirement requirement(String username) {
    Optional<UserAccount> account = account(username);
    if (account.isEmpty()) {
      return Requirement.NONE;
    }
    if (records.secondFactor(account.get().getId()).isPresent()) {
      return Requirement.CODE;
    }
    return required(account.get()) ? Requirement.ENROL : Requirement.NONE;
  }

  /**
   * Whether the account must choose its own password before anything else (an administrator set
   * it): the first gate after sign-in, before enrolment.
   */
  public boolean passwordChangeRequired(String username) {
    return account(username).map(UserAccount::isPasswordChangeRequired).orElse(false);
  }

  public TwoFactorStatus status(Actor actor) {
    UserAccount account = account(actor.username()).orElseThrow(TwoFactorService::noAccount);
    SecondFactor factor = records.secondFactor(account.getId()).orElse(null);
    long left = factor == null ? 0 : records.unusedRecoveryCodes(account.getId());
    return new TwoFactorStatus(
        factor != null,
        factor == null ? null : factor.getEnrolledAt(),
        (int) left,
        required(account));
  }

  /** A new secret to enrol, with its QR code; nothing is stored until {@link #enrol}. */
  public TwoFactorEnrolment offer(Actor actor) {
    String secret = Totp.newSecret();
    String uri = Totp.keyUri(ISSUER, actor.username(), secret);
    return new TwoFactorEnrolment(secret, uri, QrSvg.of(uri, ISSUER + ": " + actor.username()));
  }

  /**
   * Enrols the authenticator holding {@code secret}, proven by one of its codes; returns the
   * recovery codes, which are shown this once and stored only hashed. An account already enrolled
   * keeps its factor (the security administrator resets it first).
   */
  public List<String> enrol(Actor actor, String secret, String code, String source) {
    UserAccount account = account(actor.username()).orElseThrow(TwoFactorService::noAccount);
    if (records.secondFactorForUpdate(account.getId()).isPresent()) {
      throw DomainException.conflict("error.twoFactor.alreadyEnrolled");
    }
    if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
      throw DomainException.invalidField("secret", "error.twoFactor.secret");
    }
    OptionalLong step = Totp.matchingStep(secret, code, clock.instant().getEpochSecond(), 0);
    if (step.isEmpty()) {
      throw DomainException.invalidField("code", "error.twoFactor.codeWrong");
    }
    records.add(new SecondFactor(account.getId(), seal(secret), clock.instant(), step.getAsLong()));
    List<String> codes = newRecoveryCodes(account.getId());
    securityLog.record(
        SecurityLog.Kind.TWO_FACTOR_ENROLLED, actor.username(), actor.username(), source, null);
    return codes;
  }

  /**
   * Checks a code given at sign-in: an authenticator code of the current step or one either side,
   * not used before, or an unused recovery code (which is then used up). A wrong code is recorded.
   */
  public Check check(String username, String code, String source) {
    Optional<UserAccount> account = account(username);
    SecondFactor factor =
        account.flatMap(a -> records.secondFactorForUpdate(a.getId())).orElse(null);
    if (factor == null) {
      return Check.WRONG;
    }
    Instant now = clock.instant();
    if (RecoveryCode.looksLikeOne(code)) {
      Optional<RecoveryCode> recovery =
          records.unusedRecoveryCode(factor.getAccountId(), RecoveryCode.hash(code));
      if (recovery.isPresent()) {
        recovery.get().use(now);
        securityLog.record(
            SecurityLog.Kind.TWO_FACTOR_RECOVERY_USED, username, username, source, null);
        return Check.RECOVERY_CODE;
      }
    } else {
      OptionalLong step =
          Totp.matchingStep(
              open(factor.getSecretCipher()), code, now.getEpochSecond(), factor.getLastStep());
      if (step.isPresent()) {
        factor.used(step.getAsLong());
        return Check.CODE;
      }
    }
    securityLog.record(SecurityLog.Kind.TWO_FACTOR_FAILED, username, username, source, null);
    return Check.WRONG;
  }

  /**
   * The security administrator removes a person's second factor and recovery codes (a lost phone):
   * at their next page sign-in they enrol again.
   */
  public void reset(Actor actor, String username, String source) {
    actor.require(Role.SECURITY_ADMIN);
    UserAccount account =
        account(username).orElseThrow(() -> DomainException.notFound("error.account.notFound"));
    records.removeSecondFactor(account.getId());
    securityLog.record(SecurityLog.Kind.TWO_FACTOR_RESET, actor.username(), username, source, null);
  }

  /** Demo mode: enrols the demo account whose codes the tests compute, unless it is enrolled. */
  public void enrolDemo(String username, String secret) {
    account(username)
        .filter(a -> records.secondFactor(a.getId()).isEmpty())
        .ifPresent(a -> records.add(new SecondFactor(a.getId(), seal(secret), clock.instant(), 0)));
  }

  private boolean required(UserAccount account) {
    boolean exempt =
        config.demo()
            && DemoData.isDemoAccount(account.getUsername())
            && !DemoData.ENROLLED_ACCOUNT.equals(account.getUsername());
    return !exempt && account.getRoles().stream().anyMatch(Role::needsSecondFactor);
  }

  private List<String> newRecoveryCodes(Long accountId) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RecoveryCode.COUNT; i++) {
      String code = RecoveryCode.newCode();
      codes.add(code);
      records.add(new RecoveryCode(accountId, code));
    }
    return codes;
  }

  private Optional<UserAccount> account(String username) {
    return records.activeAccount(username);
  }

  private String seal(String secret) {
    return vault.seal(secret, "").cipherText();
  }

  private String open(String cipher) {
    return vault.open(new SealedIdentity(cipher, ""));
  }

  private static DomainException noAccount() {
    return DomainException.notFound("error.account.notFound");
  }
}
