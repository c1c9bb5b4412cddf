package cn.oneseal.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
    UNAUTHENTICATED
  }

  private final Kind kind;
  private final String code;
  private final transient List<Object> arguments;

  public DomainException(Kind kind, String code, Object... arguments) {
    super(code);
    this.kind = kind;
    this.code = code;
    this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
  }

  public static DomainException invalid(String code, Object... arguments) {
    return new DomainException(Kind.INVALID, code, arguments);
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

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public List<Object> arguments() {
    return arguments == null ? List.of() : arguments;
  }
}
