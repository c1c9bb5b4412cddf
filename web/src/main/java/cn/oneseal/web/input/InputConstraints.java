package cn.oneseal.web.input;

import cn.oneseal.domain.shared.DomainException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Bean Validation for what people send, with our own translated words: a violated constraint
 * becomes a {@link DomainException.Detail} whose code says what is wrong ({@code
 * error.field.tooLong} with the limit, {@code error.field.required} …) and whose field is the
 * property path as the client wrote it. The same translation serves a request body refused by
 * {@link StrictJsonReader} and an entity refused by the persistence layer's own validation (a text
 * longer than its column, from any screen), so that neither ever reaches the database.
 */
public final class InputConstraints {

  private static final Logger LOG = Logger.getLogger(InputConstraints.class.getName());

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private InputConstraints() {}

  /** Refuses {@code value} with every violated constraint, or returns. */
  public static void check(Object value) {
    if (value == null) {
      return;
    }
    Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(value);
    if (!violations.isEmpty()) {
      throw DomainException.invalidAll(details(violations, ""));
    }
  }

  /**
   * What a failure amounts to when the person's input caused it, wherever in the causes it shows: a
   * refusal of the domain (also when the runtime or the container wrapped it), an entity that
   * failed its constraints when it was flushed (a text longer than its column, named with its
   * limit), or a value the database refused as data (SQLSTATE class 22) — the last a backstop only,
   * since the entities carry their columns' limits. Empty for anything else: that is the system's
   * failure.
   */
  public static Optional<DomainException> refusalIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException domain) {
        return Optional.of(domain);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConstraintViolationException violation
          && !violation.getConstraintViolations().isEmpty()) {
        ConstraintViolation<?> first = violation.getConstraintViolations().iterator().next();
        String prefix = decapitalize(first.getRootBeanClass().getSimpleName()) + ".";
        return Optional.of(
            DomainException.invalidAll(details(violation.getConstraintViolations(), prefix)));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        LOG.warning(() -> "the database refused a value: " + sql.getMessage());
        return Optional.of(DomainException.invalid("error.request.valueRefused"));
      }
    }
    return Optional.empty();
  }

  static List<DomainException.Detail> details(
      Collection<? extends ConstraintViolation<?>> violations, String prefix) {
    return violations.stream()
        .map(v -> detail(v, prefix + v.getPropertyPath()))
        .sorted(Comparator.comparing(DomainException.Detail::field))
        .toList();
  }

  private static DomainException.Detail detail(ConstraintViolation<?> v, String field) {
    Annotation constraint = v.getConstraintDescriptor().getAnnotation();
    Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
    Object invalid = v.getInvalidValue();
    if (constraint instanceof Size size) {
      if (invalid instanceof Collection<?> || invalid instanceof Map<?, ?>) {
        return DomainException.Detail.of(
            field, "error.field.count", field, text(size.min()), text(size.max()));
      }
      if (invalid instanceof CharSequence text && text.length() < size.min()) {
        return DomainException.Detail.of(field, "error.field.tooShort", field, text(size.min()));
      }
      return DomainException.Detail.of(field, "error.field.tooLong", field, text(size.max()));
    }
    if (attributes.get("max") instanceof Integer max && !(constraint instanceof Max)) {
      // a limit of our own, e.g. TextLimit on a bilingual text
      return DomainException.Detail.of(field, "error.field.tooLong", field, text(max));
    }
    if (constraint instanceof NotNull
        || constraint instanceof NotBlank
        || constraint instanceof NotEmpty) {
      return DomainException.Detail.of(field, "error.field.required", field);
    }
    if (constraint instanceof Min
        || constraint instanceof DecimalMin
        || constraint instanceof Positive
        || constraint instanceof PositiveOrZero) {
      Object min = attributes.getOrDefault("value", constraint instanceof Positive ? 1 : 0);
      return DomainException.Detail.of(field, "error.field.min", field, text(min));
    }
    if (constraint instanceof Max || constraint instanceof DecimalMax) {
      return DomainException.Detail.of(
          field, "error.field.max", field, text(attributes.get("value")));
    }
    if (constraint instanceof Digits digits) {
      return DomainException.Detail.of(
          field, "error.field.digits", field, text(digits.integer()), text(digits.fraction()));
    }
    if (constraint instanceof Pattern || constraint instanceof Email) {
      return DomainException.Detail.of(field, "error.field.format", field);
    }
    return DomainException.Detail.of(field, "error.field.invalid", field);
  }

  /** A number as digits: the message format would group them ("4,000"). */
  private static String text(Object value) {
    return String.valueOf(value);
  }

  private static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
