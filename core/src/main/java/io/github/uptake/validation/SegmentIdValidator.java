package io.github.uptake.validation;

import io.github.uptake.internal.Checks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SegmentId} with the rule {@link io.github.uptake.model.Segment#of(String)} applies
 * (the core's rule for lower-case identifiers).
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SegmentIdValidator implements ConstraintValidator<SegmentId, CharSequence> {
    /** Creates the validator; a Jakarta Validation provider calls this. */
    public SegmentIdValidator() {
    }

    /**
     * Returns true if the text is null or an identifier {@code Segment.of} accepts.
     *
     * @param value  the text, may be null
     * @param context  the validation context, ignored
     * @return true if valid
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Checks.isIdentifier(value.toString());
    }
}
