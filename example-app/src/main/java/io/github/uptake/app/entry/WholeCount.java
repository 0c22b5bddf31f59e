package io.github.uptake.app.entry;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated number must be a count of people: a whole number ({@code 1234}, and also
 * {@code 1234.0} or {@code 1.234e3}, the same exact number as JSON producers whose numbers are
 * doubles write it), from 0 to 10^12. Each way to fail has its own message, and so its own problem
 * code: {@code count.fraction}, {@code count.negative}, {@code count.too-large}. {@code null} is
 * valid: add {@code @NotNull} when the count is required. Supported type:
 * {@link java.math.BigDecimal}, whose value is the number's decimal text, so nothing is rounded.
 */
@Documented
@Constraint(validatedBy = WholeCountValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface WholeCount {
    /**
     * Returns the message template of a count with a fractional part; the other two are
     * {@link WholeCountValidator#NEGATIVE} and {@link WholeCountValidator#TOO_LARGE}.
     *
     * @return the template, not null
     */
    String message() default WholeCountValidator.FRACTION;

    /**
     * Returns the groups the constraint belongs to.
     *
     * @return the groups, not null
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload for clients of the constraint.
     *
     * @return the payload, not null
     */
    Class<? extends Payload>[] payload() default {};
}
