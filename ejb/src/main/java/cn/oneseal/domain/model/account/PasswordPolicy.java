package cn.oneseal.domain.model.account;

import cn.oneseal.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: long enough (length, not composition rules, is what makes a password
 * hard to guess), not the user name, and none of the account's last {@code historySize} passwords —
 * the history check needs the stored hashes and is made by the account service with {@link
 * #historySize()}.
 */
public record PasswordPolicy(int minLength, int historySize) {

  /** Longer than this is refused: hashing a megabyte on every sign-in would be a cheap attack. */
  public static final int MAX_LENGTH = 128;

  public PasswordPolicy {
    if (minLength < 8 || minLength > MAX_LENGTH) {
      throw new IllegalArgumentException("minimum password length out of range: " + minLength);
    }
    if (historySize < 0) {
      throw new IllegalArgumentException("negative password history: " + historySize);
    }
  }

  /** What is wrong with {@code password} for the account {@code username}; empty when nothing. */
  public List<DomainException.Detail> problems(String username, String password) {
    List<DomainException.Detail> problems = new ArrayList<>();
    if (password == null || password.isBlank()) {
      problems.add(DomainException.Detail.of("password", "error.password.required"));
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < minLength) {
      problems.add(DomainException.Detail.of("password", "error.password.tooShort", minLength));
    }
    if (length > MAX_LENGTH) {
      problems.add(DomainException.Detail.of("password", "error.password.tooLong", MAX_LENGTH));
    }
    if (username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      problems.add(DomainException.Detail.of("password", "error.password.containsUsername"));
    }
    if (password.chars().distinct().count() < 4) {
      problems.add(DomainException.Detail.of("password", "error.password.tooSimple"));
    }
    return problems;
  }
}
