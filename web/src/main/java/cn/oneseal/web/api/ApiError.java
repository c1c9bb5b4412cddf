package cn.oneseal.web.api;

import java.util.List;

/**
 * The body of every error answer: a stable code and a translated message; when an input was refused
 * (400), each of its problems under {@code problems}, with the {@code field} it concerns where
 * there is one (a query parameter, header or body property). See docs/conventions.md.
 */
public record ApiError(String code, String message, List<Problem> problems) {

  /** One problem of a refused input; {@code field} is left out when no single input is at fault. */
  public record Problem(String code, String message, String field) {

    public Problem(String code, String message) {
      this(code, message, null);
    }
  }

  public ApiError(String code, String message) {
    this(code, message, null);
  }
}
