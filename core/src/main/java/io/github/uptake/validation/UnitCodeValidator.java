package io.github.uptake.validation;

import io.github.uptake.internal.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link UnitCode} with the core's own rule for unit codes, the one every value type with a
 * unit code applies when it is made.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class UnitCodeValidator implements ConstraintValidator<UnitCode, CharSequence> {
    /** Creates the validator; a Jakarta Validation provider calls this. */
    public UnitCodeValidator() {
    }

    /**
     * Returns true if the text is null or a valid unit code.
     *
     * @param value  the text, may be null
     * @param context  the validation context, ignored
     * @return true if valid
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Checks.isUnitCode(value.toString());
    }
}
