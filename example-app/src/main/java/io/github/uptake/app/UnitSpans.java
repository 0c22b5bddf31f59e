package io.github.uptake.app;

import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The days of a range on which a hierarchy has a unit, version by version, and the roll-up of
 * those days as {@code uptake report} computes each of them (the database's denominators and
 * target rules, the policy of {@code --parent-figures} and {@code --carry-forward}). The
 * hierarchy is the territorial one if it has the unit in the range, else the sectoral one, else
 * any other. This class is immutable and thread-safe.
 *
 * @param hierarchy  the hierarchy that has the unit, not null
 * @param spans  each version that has the unit and the days of the range it is valid, in order,
 *     not empty
 */
record UnitSpans(Hierarchy hierarchy, List<Span> spans) {

    /**
     * One version and the days of the range it is valid.
     *
     * @param version  the version, which has the unit, not null
     * @param from  the first day, not null
     * @param to  the last day, not before {@code from}, not null
     */
    record Span(HierarchyVersion version, LocalDate from, LocalDate to) {
    }

    /** Copies the spans. */
    UnitSpans {
        Objects.requireNonNull(hierarchy, "hierarchy");
        spans = List.copyOf(spans);
    }

    /**
     * Finds the hierarchy and the versions that have a unit on some day of a range.
     *
     * @param ref  the units, not null
     * @param unit  the unit's code, not null
     * @param from  the first day, not null
     * @param to  the last day, not before {@code from}, not null
     * @return the spans, empty if no hierarchy has the unit on any day of the range
     */
    static Optional<UnitSpans> find(ReferenceStore ref, String unit, LocalDate from,
                                    LocalDate to) {
        Set<String> names = new LinkedHashSet<>(List.of(Hierarchy.TERRITORIAL,
                Hierarchy.SECTORAL));
        names.addAll(ref.hierarchyNames());
        for (String name : names) {
            Optional<Hierarchy> h = ref.hierarchy(name);
            if (h.isEmpty()) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            for (HierarchyVersion v : h.get().versions()) {
                LocalDate first = v.validFrom().isAfter(from) ? v.validFrom() : from;
                LocalDate last = h.get().effectiveUntil(v).map(end -> end.minusDays(1))
                        .filter(end -> end.isBefore(to)).orElse(to);
                if (!last.isBefore(first) && v.contains(unit)) {
                    spans.add(new Span(v, first, last));
                }
            }
            if (!spans.isEmpty()) {
                return Optional.of(new UnitSpans(h.get(), spans));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the days of the range the unit is not in the hierarchy, as text for a note, such as
     * {@code 2024-12-01 to 2025-01-31}.
     *
     * @param from  the range's first day, not null
     * @param to  its last day, not null
     * @return the days left out, empty if none
     */
    List<String> daysWithout(LocalDate from, LocalDate to) {
        List<String> gaps = new ArrayList<>();
        LocalDate next = from;
        for (Span s : spans) {
            if (s.from().isAfter(next)) {
                gaps.add(next + " – " + s.from().minusDays(1));
            }
            next = s.to().plusDays(1);
        }
        if (!next.isAfter(to)) {
            gaps.add(next + " – " + to);
        }
        return gaps;
    }

    /**
     * Rolls up each segment over each span, as {@code uptake report} computes each day: one
     * series per span and segment.
     *
     * @param storage  the database, not null
     * @param segments  the segments, not null
     * @param policy  the roll-up policy, not null
     * @return the series, not null
     */
    List<Series> series(JdbcStorage storage, List<Segment> segments, RollUpPolicy policy) {
        ReferenceStore ref = storage.referenceStore();
        List<Series> all = new ArrayList<>();
        for (Segment segment : segments) {
            for (Span s : spans) {
                RollUp engine = RollUp.of(s.version(), segment, ref.denominators(segment),
                        ref.targetRules(), policy);
                DailyCounts daily = storage.reportStore().dailyCounts(s.version(), segment,
                        s.from().minusDays(engine.policy().carryForwardDays()), s.to());
                all.add(engine.series(daily, s.from(), s.to()));
            }
        }
        return all;
    }
}
