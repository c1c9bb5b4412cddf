package cn.oneseal.domain.model.registration;

import cn.oneseal.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Everything wrong with a code someone typed, in the order it was found. A form wants all problems
 * at once, not one per attempt; {@link #orThrow()} turns the first into a refusal for code that
 * only needs a yes or no.
 */
public record Validation(List<Problem> problems) {

  /** One problem: a message key of the {@code errors} bundle and the arguments of its text. */
  public record Problem(String code, List<Object> args) {

    public Problem {
      args = List.copyOf(args);
    }

    static Problem of(String code, Object... args) {
      return new Problem(code, Arrays.asList(args));
    }
  }

  public Validation {
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** Throws {@link DomainException#invalid} with the first problem, if there is one. */
  public void orThrow() {
    if (!isValid()) {
      Problem first = problems.get(0);
      throw DomainException.invalid(first.code(), first.args().toArray());
    }
  }

  /** Collects problems while a validator walks through its input. */
  static final class Builder {
    private final List<Problem> problems = new ArrayList<>();

    Builder add(String code, Object... args) {
      problems.add(Problem.of(code, args));
      return this;
    }

    boolean isEmpty() {
      return problems.isEmpty();
    }

    Validation build() {
      return new Validation(Collections.unmodifiableList(problems));
    }
  }
}
