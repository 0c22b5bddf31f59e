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
 * The annotated text must be an identifier that {@link io.github.uptake.model.Segment#of(String)}
 * accepts: a lower-case ASCII letter, then lower-case ASCII letters, digits, '_' or '-', 63
 * characters at most ({@code residents}, {@code citizens-served}).
 *
 * <p>{@link SegmentIdValidator} calls the same rule as {@code Segment.of}, so the two cannot
 * differ. {@code null} is valid: add {@code @NotNull} when the segment is required. Supported type:
 * {@link CharSequence}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = SegmentIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SegmentId {
    /** The default message, a key of the {@code ValidationMessages} bundle. */
    String MESSAGE = "{io.github.uptake.validation.SegmentId.message}";

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
