package io.github.uptake.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
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
 * The annotated text must be a unit code as the core defines it: 1 to 32 ASCII letters, digits,
 * '.', '_' or '-', starting with a letter or a digit; leading zeros are part of the code
 * ({@code "00001"} is valid and differs from {@code "1"}).
 *
 * <p>The rule is the one {@code Unit}, {@code Report} and every other value with a unit code check
 * when they are made; {@link UnitCodeValidator} calls it, so the two cannot differ. {@code null} is
 * valid: add {@code @NotNull} when the code is required. Supported type: {@link CharSequence}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = UnitCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface UnitCode {
    /** The default message, a key of the {@code ValidationMessages} bundle. */
    String MESSAGE = "{io.github.uptake.validation.UnitCode.message}";

    /**
     * Returns the message template, by default {@link #MESSAGE}.
     *
     * @return the template, not null
     */
    String message() default MESSAGE;

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
