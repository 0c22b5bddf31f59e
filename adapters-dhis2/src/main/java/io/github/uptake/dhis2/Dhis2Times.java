package io.github.uptake.dhis2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the times DHIS2 writes in {@code lastUpdated}. */
final class Dhis2Times {
    /** DHIS2's own form: {@code 2020-08-15T16:00:00.000+0000}, the offset without a colon. */
    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z")
            .toFormatter();

    private Dhis2Times() {
    }

    /**
     * Reads an ISO 8601 instant ({@code 2020-08-15T09:00:00Z}), a time with an offset
     * ({@code +07:00} or DHIS2's {@code +0700}), a local time (in the given zone) or a day (its
     * start in the given zone).
     *
     * @return the moment, empty if the text is none of these
     */
    static Optional<Instant> parse(String text, ZoneId zone) {
        String s = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            // not with an ISO offset
        }
        try {
            return Optional.of(OffsetDateTime.parse(s, COMPACT_OFFSET).toInstant());
        } catch (DateTimeParseException e) {
            // not with a compact offset
        }
        try {
            return Optional.of(LocalDateTime.parse(s).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            // not a local time
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

}
