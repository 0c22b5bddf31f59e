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
 * The annotated text must be a day that exists, written {@code yyyy-MM-dd} in ASCII digits: four
 * digits of year, two of month, two of day ({@code 2020-08-15}).
 *
 * <p>A pattern such as {@code \d{4}-\d{2}-\d{2}} cannot say this: it accepts {@code 2020-02-30},
 * {@code 2019-02-29} and {@code 2020-13-01}. {@link IsoDayValidator#parse(CharSequence)} is the
 * one definition, used by the validator and by
 * {@link io.github.uptake.model.InboundReport#validate(io.github.uptake.problem.Location)}: the
 * form above, then {@link java.time.LocalDate#parse(CharSequence)} (ISO, strict), so February 29
 * is valid exactly in the leap years of the proleptic Gregorian calendar. {@code null} is valid:
 * add {@code @NotNull} when the day is required. Supported type: {@link CharSequence}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = IsoDayValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoDay {
    /** The default message, a key of the {@code ValidationMessages} bundle. */
    String MESSAGE = "{io.github.uptake.validation.IsoDay.message}";

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
