package io.github.uptake.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads a day given as {@code YYYY-MM-DD} ({@code --date}, {@code --from}, {@code --rebase-to}).
 * A value in another form is refused with "dates are YYYY-MM-DD, was 15/8/2020"; a day the
 * calendar does not have, with "2020-02-30 is not a day of the calendar". This class is stateless
 * and thread-safe.
 */
final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
    /**
     * Returns the day.
     *
     * @param value  the text given, not null
     * @return the day, not null
     * @throws CommandLine.TypeConversionException if it is not a day as YYYY-MM-DD
     */
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(value.strip().matches(
                    "[0-9]{4}-[0-9]{2}-[0-9]{2}") ? value.strip() + " is not a day of the calendar"
                    : "dates are YYYY-MM-DD, was " + value);
        }
    }
}
