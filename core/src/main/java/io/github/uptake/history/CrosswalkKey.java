package io.github.uptake.history;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import java.time.LocalDate;

/**
 * Names a stored crosswalk: the hierarchy and the first days of its old and new versions.
 * This class is immutable and thread-safe.
 *
 * @param hierarchy  the hierarchy's name, a lower-case identifier, not null
 * @param from  the first day of the old version, not null
 * @param to  the first day of the new version, after {@code from}, not null
 * @since 0.1.0
 */
public record CrosswalkKey(String hierarchy, LocalDate from, LocalDate to) {
    /**
     * Creates a key, checking the fields.
     *
     * @param hierarchy  the hierarchy's name, a lower-case identifier, not null
     * @param from  the first day of the old version, not null
     * @param to  the first day of the new version, after {@code from}, not null
     * @throws IllegalArgumentException if the name is not a lower-case identifier, or {@code to}
     *     is not after {@code from}
     * @throws NullPointerException if a day is null
     */
    public CrosswalkKey {
        Checks.identifier(hierarchy, "hierarchy");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a crosswalk goes forward in time, " + from
                    + " -> " + to + " does not");
        }
    }

    /**
     * Returns the key of a crosswalk.
     *
     * @param crosswalk  the crosswalk, not null
     * @return its key, not null
     * @throws IllegalArgumentException if it is an identity crosswalk (its versions start on the
     *     same day)
     */
    public static CrosswalkKey of(Crosswalk crosswalk) {
        return of(crosswalk.from(), crosswalk.to());
    }

    /**
     * Returns the key of a crosswalk between two versions.
     *
     * @param from  the old version, not null
     * @param to  the new version, not null
     * @return the key, named after the old version's hierarchy, not null
     * @throws IllegalArgumentException if {@code to} does not start after {@code from}
     */
    public static CrosswalkKey of(HierarchyVersion from, HierarchyVersion to) {
        return new CrosswalkKey(from.hierarchyName(), from.validFrom(), to.validFrom());
    }
}
