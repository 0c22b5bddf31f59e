package io.github.uptake.app.web;

import io.github.uptake.app.web.view.FindingGroup;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.quality.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data-quality findings of a unit's page: those within the unit, grouped by kind (the check),
 * each naming its unit by name and code and its day, each said once. Stateless and thread-safe.
 */
final class UnitFindings {
    /** How many findings of a kind are written out, the latest first; the rest are counted. */
    static final int LISTED = 20;

    private UnitFindings() {
    }

    /**
     * Groups the findings within a unit.
     *
     * @param findings  the findings of the checks, in any order, not null
     * @param v  the version of the units, for their names and for what is within the unit,
     *     not null
     * @param code  the unit whose page it is, not null
     * @param msg  the texts of the page's language, not null
     * @return the groups, by kind in the order of their first finding by day, then unit; each
     *     unit and day once per kind, the latest {@link #LISTED} written out and all counted;
     *     empty if there is none
     */
    static List<FindingGroup> of(List<Finding> findings, HierarchyVersion v, String code,
                                 Messages msg) {
        UptakeFormat f = msg.format();
        List<Finding> sorted = new ArrayList<>(findings.stream()
                .filter(fi -> Units.within(v, code, fi.unitCode())).toList());
        sorted.sort(Comparator.comparing(Finding::date).reversed()
                .thenComparing(Finding::unitCode));
        // per kind: each unit and day once; only the latest LISTED are written out
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        for (Finding fi : sorted) {
            String kind = fi.checkId();
            if (seen.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(fi.unitCode() + "@"
                    + fi.date())) {
                Set<String> items = listed.computeIfAbsent(kind, k -> new LinkedHashSet<>());
                if (items.size() < LISTED) {
                    items.add(msg.get("findings.item", name(v, fi.unitCode()), fi.unitCode(),
                            f.date(fi.date()), fi.message(f.locale())));
                }
            }
        }
        List<FindingGroup> out = new ArrayList<>();
        listed.forEach((kind, items) -> out.add(new FindingGroup(kind,
                msg.has("findings.kind." + kind) ? msg.get("findings.kind." + kind) : kind,
                List.copyOf(items), seen.get(kind).size())));
        return out;
    }

    /** The unit's name, its code if the version does not know it. */
    private static String name(HierarchyVersion v, String code) {
        return v.unit(code).map(u -> u.name()).orElse(code);
    }
}
