package cn.oneseal.domain.model.registration;

import java.util.List;

/**
 * One reason why a declared name cannot be accepted. The code is a message key without the {@code
 * error.} prefix (e.g. {@code name.tradeName.tooShort}); the arguments fill its placeholders.
 */
public record NameProblem(String code, List<Object> args) {

  public NameProblem {
    args = List.copyOf(args);
  }

  public static NameProblem of(String code, Object... args) {
    return new NameProblem(code, List.of(args));
  }
}
