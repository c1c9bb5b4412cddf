package cn.oneseal.application;

import cn.oneseal.application.dto.SecurityEventView;
import cn.oneseal.domain.model.account.AccountRepository;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.SecurityEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The security log: sign-ins and their failures, account, role and password changes, second factors
 * and tokens. Writing joins the caller's transaction, so an event is on record exactly when its act
 * took effect (a refused sign-in is recorded by the sign-in's own transaction). Only the audit
 * administrator reads it.
 */
@Stateless
@PermitAll
public class SecurityLog {

  /**
   * The actor of a failed sign-in under a name no account has: the name typed is not logged (it may
   * be a password typed into the wrong field), and the log screen names this actor in words.
   */
  public static final String UNKNOWN_NAME = "?";

  /** Kinds of event, as stored. */
  public static final class Kind {
    public static final String SIGNIN_SUCCEEDED = "signin.succeeded";
    public static final String SIGNIN_FAILED = "signin.failed";
    public static final String SIGNIN_REFUSED = "signin.refused";
    public static final String ACCOUNT_LOCKED = "account.locked";
    public static final String ACCOUNT_UNLOCKED = "account.unlocked";
    public static final String ACCOUNT_CREATED = "account.created";
    public static final String ACCOUNT_REGISTERED = "account.registered";
    public static final String ACCOUNT_UPDATED = "account.updated";
    public static final String ACCOUNT_DEACTIVATED = "account.deactivated";
    public static final String ACCOUNT_REACTIVATED = "account.reactivated";
    public static final String ROLES_CHANGED = "account.rolesChanged";
    public static final String PASSWORD_CHANGED = "password.changed";
    public static final String PASSWORD_RESET = "password.reset";
    public static final String FIRST_ADMIN = "account.firstAdministrator";
    // second factor and access tokens (TwoFactorService, AccessTokenService)
    public static final String TWO_FACTOR_ENROLLED = "twoFactor.enrolled";
    public static final String TWO_FACTOR_FAILED = "twoFactor.failed";
    public static final String TWO_FACTOR_RECOVERY_USED = "twoFactor.recoveryCodeUsed";
    public static final String TWO_FACTOR_RESET = "twoFactor.reset";
    public static final String TOKEN_CREATED = "token.created";
    public static final String TOKEN_REVOKED = "token.revoked";

    private Kind() {}
  }

  @Inject private AccountRepository repository;

  @Inject private Clock clock;

  /** Records that {@code actor} did {@code kind} to {@code account} from {@code source}. */
  public void record(String kind, String actor, String account, String source, String detail) {
    repository.log(new SecurityEvent(clock.instant(), kind, actor, account, source, detail));
  }

  /**
   * One page of the log, newest first, optionally of one account (as actor or as the account acted
   * on); the audit administrator only.
   */
  public ResultPage<SecurityEventView> page(Actor reader, String account, Paging paging) {
    reader.require(Role.AUDIT_ADMIN);
    List<SecurityEvent> items = repository.securityEvents(account, paging.offset(), paging.size());
    return new ResultPage<>(items, repository.countSecurityEvents(account))
        .map(
            e ->
                new SecurityEventView(
                    e.getId(),
                    e.getOccurredAt(),
                    e.getKind(),
                    e.getActor(),
                    e.getAccount(),
                    e.getSource(),
                    e.getDetail()));
  }
}
