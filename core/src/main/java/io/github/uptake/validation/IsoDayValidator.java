package io.github.uptake.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Checks {@link IsoDay}, and reads such a day: the one definition of "a day written
 * {@code yyyy-MM-dd} that exists".
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class IsoDayValidator implements ConstraintValidator<IsoDay, CharSequence> {
    private static final int LENGTH = 10;

    /** Creates the validator; a Jakarta Validation provider calls this. */
    public IsoDayValidator() {
    }

    /**
     * Reads a day written {@code yyyy-MM-dd} in ASCII digits, if it exists.
     *
     * <p>The text must be exactly ten characters: four digits, '-', two digits, '-', two digits,
     * nothing around them (no spaces, no sign, no time). The day must exist: {@code 2020-02-29} is
     * read, {@code 2019-02-29}, {@code 2020-02-30}, {@code 2020-04-31}, {@code 2020-13-01} and
     * {@code 2020-01-00} are not. Years {@code 0000} to {@code 9999} are accepted.
     *
     * @param text  the text, may be null (then empty)
     * @return the day, or empty if the text is not such a day; never null
     */
    public static Optional<LocalDate> parse(CharSequence text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns true if the text is null or a day that {@link #parse(CharSequence)} reads.
     *
     * @param value  the text, may be null
     * @param context  the validation context, ignored
     * @return true if valid
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || parse(value).isPresent();
    }
}
