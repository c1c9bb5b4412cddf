package cn.oneseal.application;

import cn.oneseal.application.dto.AccessTokenView;
import cn.oneseal.domain.model.account.AccessToken;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.SignInRepository;
import cn.oneseal.domain.model.account.TokenText;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal access tokens: created by their owner (shown once), listed, revoked, and checked on
 * every API request that carries one. Checking costs two primary-key reads and a SHA-256, not a
 * password hash, which is why tokens are not slowed down like passwords: their secret is 256 random
 * bits that nobody guesses.
 */
@Stateless
@PermitAll
public class AccessTokenService {

  /** Longest name of a token. */
  public static final int NAME_MAX = 100;

  /** A new token: how it is listed, and its text, which is shown this once. */
  public record Created(AccessTokenView token, String text) implements Serializable {}

  /**
   * The verdict on a token: its owner and whether it may write, or the reason it was refused
   * ({@code error.token.*}).
   */
  public record Verdict(
      Optional<Actor> actor, boolean mayWrite, boolean passwordChangeRequired, String refusal) {

    static Verdict refused(String code) {
      return new Verdict(Optional.empty(), false, false, code);
    }
  }

  @Inject private SignInRepository records;

  @Inject private Clock clock;

  @Inject private SecurityLog securityLog;

  public Created create(
      Actor actor, String name, Set<String> scopes, Integer expiresInDays, String source) {
    List<DomainException.Detail> problems = new ArrayList<>();
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty()) {
      problems.add(DomainException.Detail.of("name", "error.token.nameRequired"));
    } else if (cleanName.length() > NAME_MAX) {
      problems.add(DomainException.Detail.of("name", "error.field.tooLong", "name", NAME_MAX));
    }
    if (scopes == null
        || scopes.isEmpty()
        || !Set.of(AccessToken.READ, AccessToken.WRITE).containsAll(scopes)) {
      problems.add(DomainException.Detail.of("scopes", "error.token.scopes"));
    }
    if (expiresInDays == null || expiresInDays < 1 || expiresInDays > AccessToken.MAX_DAYS) {
      problems.add(
          DomainException.Detail.of("expiresInDays", "error.token.expiry", AccessToken.MAX_DAYS));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    UserAccount owner = owner(actor);
    Instant now = clock.instant();
    String secret = TokenText.newSecret();
    AccessToken token =
        new AccessToken(
            owner.getId(),
            cleanName,
            scopes,
            TokenText.hash(secret),
            now,
            now.plus(Duration.ofDays(expiresInDays)));
    records.add(token); // with its id, which is part of the token's text
    securityLog.record(
        SecurityLog.Kind.TOKEN_CREATED,
        actor.username(),
        actor.username(),
        source,
        "#" + token.getId() + " " + cleanName + " (" + String.join(",", token.scopeSet()) + ")");
    return new Created(view(token, now), new TokenText(token.getId(), secret).text());
  }

  /** A page of the caller's own tokens, newest first (revoked and expired ones too). */
  public ResultPage<AccessTokenView> mine(Actor actor, Paging paging) {
    UserAccount owner = owner(actor);
    Instant now = clock.instant();
    long total = records.tokenCount(owner.getId());
    List<AccessTokenView> items =
        records.tokens(owner.getId(), paging.offset(), paging.size()).stream()
            .map(t -> view(t, now))
            .toList();
    return new ResultPage<>(items, total);
  }

  /** One of the caller's own tokens; another's answers "not found", as a missing one. */
  public AccessTokenView one(Actor actor, long id) {
    UserAccount owner = owner(actor);
    AccessToken token = records.token(id).orElse(null);
    if (token == null || !token.getAccountId().equals(owner.getId())) {
      throw DomainException.notFound("error.token.notFound");
    }
    return view(token, clock.instant());
  }

  /** Revokes one of the caller's own tokens; another's answers "not found", as a missing one. */
  public void revoke(Actor actor, long id, String source) {
    UserAccount owner = owner(actor);
    AccessToken token = records.token(id).orElse(null);
    if (token == null || !token.getAccountId().equals(owner.getId())) {
      throw DomainException.notFound("error.token.notFound");
    }
    if (!token.isRevoked()) {
      token.revoke(clock.instant());
      securityLog.record(
          SecurityLog.Kind.TOKEN_REVOKED,
          actor.username(),
          actor.username(),
          source,
          "#" + id + " " + token.getName());
    }
  }

  /**
   * Judges the token text of a request. The reason of a refusal is told only to whoever holds the
   * secret (expired, revoked, owner deactivated); anything else is {@code error.token.invalid}.
   */
  public Verdict check(String text) {
    Optional<TokenText> parsed = TokenText.parse(text);
    if (parsed.isEmpty()) {
      return Verdict.refused("error.token.invalid");
    }
    AccessToken token = records.token(parsed.get().id()).orElse(null);
    if (token == null || !parsed.get().matches(token.getSecretHash())) {
      return Verdict.refused("error.token.invalid");
    }
    Instant now = clock.instant();
    if (token.isRevoked()) {
      return Verdict.refused("error.token.revoked");
    }
    if (token.isExpiredAt(now)) {
      return Verdict.refused("error.token.expired");
    }
    UserAccount owner = records.account(token.getAccountId()).orElse(null);
    if (owner == null || !owner.isEnabled()) {
      return Verdict.refused("error.token.accountDisabled");
    }
    token.usedAt(now);
    return new Verdict(
        Optional.of(owner.toActor()), token.mayWrite(), owner.isPasswordChangeRequired(), null);
  }

  private UserAccount owner(Actor actor) {
    return records
        .activeAccount(actor.username())
        .orElseThrow(() -> DomainException.notFound("error.account.notFound"));
  }

  private static AccessTokenView view(AccessToken t, Instant now) {
    return new AccessTokenView(
        t.getId(),
        t.getName(),
        t.scopeSet(),
        t.getCreatedAt(),
        t.getExpiresAt(),
        t.getLastUsedAt(),
        t.getRevokedAt(),
        !t.isRevoked() && !t.isExpiredAt(now));
  }
}
