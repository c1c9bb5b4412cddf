package cn.oneseal.web.api;

import java.util.List;

/**
 * The body of every error answer: a stable code and a translated message; when an input was refused
 * for several problems at once, each of them under {@code problems}.
 */
public record ApiError(String code, String message, List<Problem> problems) {

  /** One problem of a refused input. */
  public record Problem(String code, String message) {}

  public ApiError(String code, String message) {
    this(code, message, null);
  }
}
