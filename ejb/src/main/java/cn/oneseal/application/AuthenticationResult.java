package cn.oneseal.application;

import cn.oneseal.domain.model.account.Actor;
import java.util.Optional;

/** What a sign-in attempt came to. */
public record AuthenticationResult(Outcome outcome, Actor actor) {

  public enum Outcome {
    SUCCESS,
    INVALID,
    LOCKED
  }

  public static AuthenticationResult success(Actor actor) {
    return new AuthenticationResult(Outcome.SUCCESS, actor);
  }

  public static AuthenticationResult invalid() {
    return new AuthenticationResult(Outcome.INVALID, null);
  }

  public static AuthenticationResult locked() {
    return new AuthenticationResult(Outcome.LOCKED, null);
  }

  public Optional<Actor> authenticated() {
    return Optional.ofNullable(actor);
  }
}
