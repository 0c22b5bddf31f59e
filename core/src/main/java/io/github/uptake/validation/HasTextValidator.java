package io.github.uptake.validation;

import io.github.uptake.internal.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link HasText} with the rule the core's value types apply to required text: not null and
 * not {@linkplain String#isBlank() blank}.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class HasTextValidator implements ConstraintValidator<HasText, CharSequence> {
    /** Creates the validator; a Jakarta Validation provider calls this. */
    public HasTextValidator() {
    }

    /**
     * Returns true if the text is present.
     *
     * @param value  the text, may be null (then false)
     * @param context  the validation context, ignored
     * @return true if present
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && Checks.isText(value.toString());
    }
}
