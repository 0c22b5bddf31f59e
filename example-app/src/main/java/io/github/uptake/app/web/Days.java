package io.github.uptake.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The day a request asks for: its {@code date} parameter, a day of the calendar written
 * {@code YYYY-MM-DD}, or the default day when it names none. A value that is not a day of the
 * calendar ({@code abc}, {@code 2020-02-30}) is refused (400), never read as another day. This
 * class is immutable and thread-safe if its default day is.
 */
final class Days {
    private final Supplier<LocalDate> defaultDay;

    /**
     * Creates the days of a dashboard.
     *
     * @param defaultDay  the day shown when a request names none, not null
     */
    Days(Supplier<LocalDate> defaultDay) {
        this.defaultDay = Objects.requireNonNull(defaultDay, "defaultDay");
    }

    /**
     * Returns the day shown when a request names none.
     *
     * @return the day, not null
     */
    LocalDate defaultDay() {
        return defaultDay.get();
    }

    /**
     * Returns the day a request asks for in its query.
     *
     * @param ctx  the request, not null
     * @return the day, or the default day if the request names none (or an empty one)
     * @throws Refusal if the value is not a day of the calendar (400)
     */
    LocalDate day(Context ctx) {
        String d = ctx.queryParam("date");
        return d == null || d.isBlank() ? defaultDay() : parse("date", d);
    }

    /**
     * Reads a day of the calendar.
     *
     * @param param  the parameter's name, for the refusal, not null
     * @param value  the value, not null
     * @return the day
     * @throws Refusal if the value is not a day of the calendar, {@code YYYY-MM-DD} (400)
     */
    static LocalDate parse(String param, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.notADay(param, value);
        }
    }
}
