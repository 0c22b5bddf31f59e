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
 * The annotated text must be present: not {@code null} and not {@linkplain String#isBlank() blank},
 * whitespace being what {@link Character#isWhitespace(int)} says it is. This is the rule the core's
 * value types apply to required text (a report's reporter, for one).
 *
 * <p>The standard {@code @NotBlank} says "at least one non-whitespace character" without defining
 * whitespace, so providers and their versions may draw the line elsewhere (around {@code U+0000}
 * or {@code U+3000}, say); {@link HasTextValidator} calls the core's own rule instead. Unlike most
 * constraints, {@code null} is invalid. Supported type: {@link CharSequence}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = HasTextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface HasText {
    /** The default message, a key of the {@code ValidationMessages} bundle. */
    String MESSAGE = "{io.github.uptake.validation.HasText.message}";

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
