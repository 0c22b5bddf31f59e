package io.github.uptake.app.entry;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/**
 * Checks {@link WholeCount}: a whole number from 0 to {@link CountText#MAX}, decided on the
 * number's exact decimal value. A refused number gets one message, for its first fault in the
 * order: fractional part, sign, size. This class is stateless and thread-safe.
 */
public final class WholeCountValidator implements ConstraintValidator<WholeCount, BigDecimal> {
    /** The message of a count with a fractional part. */
    public static final String FRACTION = "{io.github.uptake.app.entry.count.fraction}";
    /** The message of a count below zero. */
    public static final String NEGATIVE = "{io.github.uptake.app.entry.count.negative}";
    /** The message of a count above 10^12. */
    public static final String TOO_LARGE = "{io.github.uptake.app.entry.count.too-large}";

    private static final BigDecimal MAX = BigDecimal.valueOf(CountText.MAX);

    /** Creates the validator; a Jakarta Validation provider calls this. */
    public WholeCountValidator() {
    }

    /**
     * Returns true if the number is null or a whole number from 0 to 10^12; otherwise replaces
     * the default violation by the one of its fault.
     *
     * @param value  the number, may be null
     * @param context  the validation context, not null
     * @return true if valid
     */
    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String fault = value.signum() != 0 && value.stripTrailingZeros().scale() > 0 ? FRACTION
                : value.signum() < 0 ? NEGATIVE
                : value.compareTo(MAX) > 0 ? TOO_LARGE : null;
        if (fault == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(fault).addConstraintViolation();
        return false;
    }
}
