package cn.oneseal.application;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a sign-in attempt came to; for an attempt refused as too early ({@code THROTTLED}) or for a
 * locked account ({@code LOCKED}), when trying again may succeed.
 */
public record AuthenticationResult(Outcome outcome, Actor actor, Instant retryAt) {

  public enum Outcome {
    SUCCESS,
    /** A wrong password or a name no account has: the same answer for both. */
    INVALID,
    /** Too many attempts from this address, or too soon after this name's last failure. */
    THROTTLED,
    LOCKED
  }

  public static AuthenticationResult success(Actor actor) {
    return new AuthenticationResult(Outcome.SUCCESS, actor, null);
  }

  public static AuthenticationResult invalid() {
    return new AuthenticationResult(Outcome.INVALID, null, null);
  }

  public static AuthenticationResult throttled(Instant until) {
    return new AuthenticationResult(Outcome.THROTTLED, null, until);
  }

  public static AuthenticationResult locked(Instant until) {
    return new AuthenticationResult(Outcome.LOCKED, null, until);
  }

  public Optional<Actor> authenticated() {
    return Optional.ofNullable(actor);
  }

  /**
   * The refusal to tell the caller: "wrong user name or password" (401), or "too many attempts"
   * (429) with the wait — in seconds for a slowdown, in minutes for a lock — that {@code
   * Retry-After} repeats.
   */
  public DomainException refusal(Instant now) {
    return switch (outcome) {
      case SUCCESS -> throw new IllegalStateException("a successful sign-in is not refused");
      case INVALID ->
          new DomainException(DomainException.Kind.UNAUTHENTICATED, "error.login.invalid");
      case THROTTLED -> {
        Duration wait = wait(now);
        yield DomainException.tooManyRequests(wait, "error.login.throttled", seconds(wait));
      }
      case LOCKED -> {
        Duration wait = wait(now);
        yield DomainException.tooManyRequests(
            wait, "error.login.locked", Math.max(1, (seconds(wait) + 59) / 60));
      }
    };
  }

  private Duration wait(Instant now) {
    Duration wait = Duration.between(now, retryAt);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** Whole seconds, rounded up: waiting fewer would be refused again. */
  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
