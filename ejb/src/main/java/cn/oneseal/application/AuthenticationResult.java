package cn.oneseal.application;

import cn.oneseal.domain.model.account.Actor;
import java.time.Instant;
import java.util.Optional;

/** What a sign-in attempt came to; for a locked account, until when it stays locked. */
public record AuthenticationResult(Outcome outcome, Actor actor, Instant lockedUntil) {

  public enum Outcome {
    SUCCESS,
    INVALID,
    LOCKED
  }

  public static AuthenticationResult success(Actor actor) {
    return new AuthenticationResult(Outcome.SUCCESS, actor, null);
  }

  public static AuthenticationResult invalid() {
    return new AuthenticationResult(Outcome.INVALID, null, null);
  }

  public static AuthenticationResult locked(Instant until) {
    return new AuthenticationResult(Outcome.LOCKED, null, until);
  }

  public Optional<Actor> authenticated() {
    return Optional.ofNullable(actor);
  }
}
