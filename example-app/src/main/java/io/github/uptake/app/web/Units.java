package io.github.uptake.app.web;

import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.app.live.LiveModel;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds the units a request names in the hierarchies of the live model, and checks the user may see them:
 * within the user's unit's subtree, or anything for the Department. This class is immutable and
 * thread-safe.
 */
final class Units {
    private final LiveModel live;

    Units(LiveModel live) {
        this.live = live;
    }

    /**
     * Returns the version, of any hierarchy, that holds a unit on a day.
     *
     * @param code  the unit's code, not null
     * @param day  the day, not null
     * @return the version, empty if no hierarchy holds the unit that day
     */
    Optional<HierarchyVersion> versionOf(String code, LocalDate day) {
        return live.versionOf(code, day);
    }

    /**
     * Returns the version that holds a unit the user may see.
     *
     * @param user  the user, not null
     * @param code  the unit's code, not null
     * @param day  the day, not null
     * @return the version
     * @throws Refusal if there is no such unit that day (404) or the user may not see it (403)
     */
    HierarchyVersion visible(Accounts.User user, String code, LocalDate day) {
        HierarchyVersion v = versionOf(code, day).orElseThrow(() -> Refusal.noUnit(code, day));
        if (!Accounts.maySee(user, v, code)) {
            throw Refusal.notAllowed();
        }
        return v;
    }

    /**
     * Returns true if a unit is another or under it.
     *
     * @param v  the version, not null
     * @param top  the unit above, not null
     * @param code  the unit, not null
     * @return whether {@code code} is {@code top} or in its subtree in the version
     */
    static boolean within(HierarchyVersion v, String top, String code) {
        int a = v.ordinal(top);
        int i = v.ordinal(code);
        return a >= 0 && i >= a && i < v.subtreeEnd(a);
    }

    /**
     * Returns the root of a hierarchy on a day.
     *
     * @param hierarchy  the hierarchy's name, e.g. {@link Hierarchy#TERRITORIAL}
     * @param day  the day, not null
     * @return the root's code, empty if the hierarchy has no version that day
     */
    Optional<String> root(String hierarchy, LocalDate day) {
        return live.version(hierarchy, day).map(v -> v.root().code());
    }

    /**
     * Returns the segment a request asks for, or the version's usual one: staff for the
     * organisations' tree, residents otherwise.
     *
     * @param asked  the {@code segment} parameter, null or blank if none
     * @param v  the version shown, not null
     * @param configured  the ids of the segments the configuration labels, not null
     * @return the segment, not null
     * @throws Refusal (400) for a segment the configuration does not have, naming those it has:
     *     no page shows figures of a segment nothing reports
     */
    static Segment segment(String asked, HierarchyVersion v, java.util.Set<String> configured) {
        if (asked == null || asked.isBlank()) {
            return v.hierarchyName().equals(Hierarchy.SECTORAL) ? Segment.STAFF
                    : Segment.RESIDENTS;
        }
        String id = asked.strip();
        if (!configured.contains(id)) {
            throw Refusal.of(400, "entry.segment.unknown", asked, String.join(", ",
                    new java.util.TreeSet<>(configured)));
        }
        return Segment.of(id);
    }
}
