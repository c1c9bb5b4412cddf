package cn.oneseal.domain.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The limit of a {@link BilingualText} where it is stored: each language at most {@link #max()}
 * characters, the length of its two columns (one embeddable serves columns of several lengths, so
 * the limit sits on the field that embeds it).
 */
@Documented
@Constraint(validatedBy = TextLimit.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TextLimit {

  int max();

  String message() default "{jakarta.validation.constraints.Size.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Both languages within the limit; no text at all is within it. */
  class Check implements ConstraintValidator<TextLimit, BilingualText> {

    private int max;

    @Override
    public void initialize(TextLimit limit) {
      max = limit.max();
    }

    @Override
    public boolean isValid(BilingualText text, ConstraintValidatorContext context) {
      return text == null || (within(text.zh()) && within(text.en()));
    }

    private boolean within(String s) {
      return s == null || s.length() <= max;
    }
  }
}
