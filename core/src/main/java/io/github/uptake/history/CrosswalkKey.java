package io.github.uptake.history;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import java.time.LocalDate;

/**
 * Names a stored crosswalk: the hierarchy and the first days of its old and new versions.
 *
 * @param hierarchy  the hierarchy's name
 * @param from  the first day of the old version
 * @param to  the first day of the new version, after {@code from}
 */
public record CrosswalkKey(String hierarchy, LocalDate from, LocalDate to) {
    /** Checks the fields. */
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
     * @return its key
     */
    public static CrosswalkKey of(Crosswalk crosswalk) {
        return of(crosswalk.from(), crosswalk.to());
    }

    /**
     * Returns the key of a crosswalk between two versions.
     *
     * @param from  the old version, not null
     * @param to  the new version, not null
     * @return the key
     */
    public static CrosswalkKey of(HierarchyVersion from, HierarchyVersion to) {
        return new CrosswalkKey(from.hierarchyName(), from.validFrom(), to.validFrom());
    }
}
