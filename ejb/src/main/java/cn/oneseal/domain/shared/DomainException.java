package cn.oneseal.domain.shared;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the domain was not met. The {@link #code()} is a stable message key that the web layer
 * translates (zh-CN / en) for the person who caused it; the arguments fill its placeholders. Thrown
 * from a container transaction it rolls the whole transaction back, so a refused request changes
 * nothing.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal this is; the REST layer maps it to an HTTP status. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    FORBIDDEN,
    CONFLICT,
    UNAUTHENTICATED,
    /**
     * Well-formed, but contradicts what the same request said before (a reused idempotency key).
     */
    UNPROCESSABLE,
    /** Too many attempts; the caller may try again after {@link #retryAfter()}. */
    TOO_MANY_REQUESTS,
    /** Not available just now (a service still starting); try again after {@link #retryAfter()}. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String code;
  private final transient List<Object> arguments;
  private final transient List<Detail> details;
  private final Duration retryAfter;

  /**
   * One of several problems of a refused input, each with its own message key; {@code field} names
   * the input it concerns (a query parameter, header or body property) where there is one, else
   * {@code null}.
   */
  public record Detail(String code, Object[] arguments, String field) {

    public Detail(String code, Object... arguments) {
      this(code, arguments, null);
    }

    /** A problem of the input {@code field}. */
    public static Detail of(String field, String code, Object... arguments) {
      return new Detail(code, arguments, field);
    }
  }

  public DomainException(Kind kind, String code, Object... arguments) {
    super(code);
    this.kind = kind;
    this.code = code;
    this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    this.details = List.of(new Detail(code, arguments.clone()));
    this.retryAfter = null;
  }

  private DomainException(Kind kind, Duration retryAfter, String code, Object... arguments) {
    super(code);
    this.kind = kind;
    this.code = code;
    this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    this.details = List.of(new Detail(code, arguments.clone()));
    this.retryAfter = retryAfter;
  }

  private DomainException(List<Detail> details) {
    super(details.get(0).code());
    this.kind = Kind.INVALID;
    this.code = details.get(0).code();
    this.arguments = Collections.unmodifiableList(Arrays.asList(details.get(0).arguments()));
    this.details = List.copyOf(details);
    this.retryAfter = null;
  }

  /**
   * Refuses an input for all its problems at once (a form wants every one, not one per attempt);
   * the first is the exception's own code.
   */
  public static DomainException invalidAll(List<Detail> details) {
    if (details.isEmpty()) {
      throw new IllegalArgumentException("no problems to report");
    }
    return new DomainException(details);
  }

  public static DomainException invalid(String code, Object... arguments) {
    return new DomainException(Kind.INVALID, code, arguments);
  }

  /** Refuses one input, named by {@code field} (a query parameter, header or body property). */
  public static DomainException invalidField(String field, String code, Object... arguments) {
    return new DomainException(List.of(Detail.of(field, code, arguments)));
  }

  public static DomainException notFound(String code, Object... arguments) {
    return new DomainException(Kind.NOT_FOUND, code, arguments);
  }

  public static DomainException forbidden(String code, Object... arguments) {
    return new DomainException(Kind.FORBIDDEN, code, arguments);
  }

  public static DomainException conflict(String code, Object... arguments) {
    return new DomainException(Kind.CONFLICT, code, arguments);
  }

  public static DomainException unprocessable(String code, Object... arguments) {
    return new DomainException(Kind.UNPROCESSABLE, code, arguments);
  }

  /** Refuses for now; {@code retryAfter} says when trying again may succeed. */
  public static DomainException tooManyRequests(
      Duration retryAfter, String code, Object... arguments) {
    return new DomainException(Kind.TOO_MANY_REQUESTS, retryAfter, code, arguments);
  }

  /**
   * Refuses because something the request needs is not available yet; try after {@code retryAfter}.
   */
  public static DomainException unavailable(Duration retryAfter, String code, Object... arguments) {
    return new DomainException(Kind.UNAVAILABLE, retryAfter, code, arguments);
  }

  /**
   * For {@link Kind#TOO_MANY_REQUESTS} and {@link Kind#UNAVAILABLE}: how long the caller should
   * wait; otherwise empty.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public List<Object> arguments() {
    return arguments == null ? List.of() : arguments;
  }

  /** Every problem of the refused input; just this exception's own for a single refusal. */
  public List<Detail> details() {
    return details == null ? List.of(new Detail(code, arguments().toArray())) : details;
  }
}
