package io.github.uptake.dhis2;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How {@link Dhis2Import} takes a file.
 *
 * @param fileName  the file's name: problem locations and the submission's source, not blank
 * @param submittedBy  who imports it: the submission's sender, and the reporter of values without
 *     {@code storedBy}; not blank
 * @param now  the moment of the import: the sending time of values without
 *     {@code lastUpdated}, and the limit a {@code lastUpdated} may not pass by more than
 *     {@link #CLOCK_SKEW_MINUTES} minutes; cut to the microsecond; not null
 * @param zone  the zone of a {@code lastUpdated} written without an offset (DHIS2 writes its
 *     server's local time), not null
 * @param dryRun  true to store nothing and say what an import would do
 * @since 0.2.0
 */
public record ImportOptions(String fileName, String submittedBy, Instant now, ZoneId zone,
                            boolean dryRun) {

    /** How far a {@code lastUpdated} may lie after {@code now}, in minutes: {@value}. */
    public static final int CLOCK_SKEW_MINUTES = 10;

    /** Vietnam's zone, the default for a {@code lastUpdated} without an offset. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Checks the parts.
     *
     * @param fileName  the file's name: problem locations and the submission's source, not blank
     * @param submittedBy  who imports it: the submission's sender, and the reporter of values without
     *     {@code storedBy}; not blank
     * @param now  the moment of the import: the sending time of values without
     *     {@code lastUpdated}, and the limit a {@code lastUpdated} may not pass by more than
     *     {@link #CLOCK_SKEW_MINUTES} minutes; cut to the microsecond; not null
     * @param zone  the zone of a {@code lastUpdated} written without an offset (DHIS2 writes its
     *     server's local time), not null
     * @param dryRun  true to store nothing and say what an import would do
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a name is blank
     */
    public ImportOptions {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        if (fileName.isBlank() || submittedBy.isBlank()) {
            throw new IllegalArgumentException("fileName and submittedBy must not be blank");
        }
        now = now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Options for an import now, in Vietnam's zone.
     *
     * @param fileName  the file's name, not blank
     * @param submittedBy  who imports it, not blank
     * @param dryRun  true to store nothing
     * @return the options, not null
     */
    public static ImportOptions of(String fileName, String submittedBy, boolean dryRun) {
        return new ImportOptions(fileName, submittedBy, Instant.now(), VIETNAM, dryRun);
    }
}
