package io.github.uptake.app.entry;

import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The units a user types figures for on a day: the territorial units valid that day, and the
 * subtree of the user's unit (the whole tree for a user of the whole province). The units that
 * report are the subtree's leaves: a district's figure is the sum of its communes', never typed.
 * This class is immutable and thread-safe.
 */
final class EntryScope {
    private final HierarchyVersion version;
    private final int top;
    private final int end;

    private EntryScope(HierarchyVersion version, int top) {
        this.version = version;
        this.top = top;
        this.end = version.subtreeEnd(top);
    }

    /**
     * Finds the scope of a user on a day.
     *
     * @param reference  the units, not null
     * @param userUnit  the user's unit, null for the whole province
     * @param day  the day, not null
     * @param dayAt  where the day was given, for the problems
     * @return the scope, or why there is none: no territorial units valid that day
     *     ({@code entry.no-units}), or the user's unit not among them
     *     ({@code entry.user-unit-unknown})
     */
    static Validated<EntryScope> of(ReferenceStore reference, String userUnit, LocalDate day,
                                    Location dayAt) {
        Optional<HierarchyVersion> v = reference.hierarchy(Hierarchy.TERRITORIAL)
                .flatMap(h -> h.versionOn(day));
        if (v.isEmpty()) {
            return Validated.of("scope", null, List.of(EntryTexts.error("entry.no-units", dayAt,
                    day, "entry.no-units", f -> new Object[] {f.shortDate(day)})));
        }
        int top = userUnit == null ? 0 : v.get().ordinal(userUnit);
        if (top < 0) {
            Problem p = EntryTexts.error("entry.user-unit-unknown", dayAt, userUnit,
                    "entry.user-unit-unknown", f -> new Object[] {userUnit, f.shortDate(day)});
            return Validated.of("scope", null, List.of(p));
        }
        return Validated.valid("scope", new EntryScope(v.get(), top), List.of());
    }

    /** Returns the units valid on the day. */
    HierarchyVersion version() {
        return version;
    }

    /** Returns the user's unit (the root for the whole province). */
    Unit top() {
        return version.unitAt(top);
    }

    /** Returns the ordinal of the user's unit. */
    int topOrdinal() {
        return top;
    }

    /** Returns the end (exclusive) of the user's subtree in ordinals. */
    int end() {
        return end;
    }

    /** Tells whether a unit lies in the user's subtree, the user's own unit included. */
    boolean contains(int ordinal) {
        return ordinal >= top && ordinal < end;
    }

    /** Tells whether a unit of the subtree reports: it has no units below it. */
    boolean reports(int ordinal) {
        return version.isLeafAt(ordinal);
    }

    /** Returns the name a message gives a unit: its code and name. */
    String label(int ordinal) {
        Unit u = version.unitAt(ordinal);
        return u.code() + " " + u.name();
    }
}
