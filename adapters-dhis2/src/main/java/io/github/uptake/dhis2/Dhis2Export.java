package io.github.uptake.dhis2;

import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.Series;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Uptake's figures as a DHIS2 data value set, for {@link Dhis2Format#write}: the reports as
 * sent, or the roll-up at chosen levels. Org units are unit codes, periods days
 * ({@code yyyyMMdd}), values whole numbers of people, each segment the data element (and
 * combination) the {@link Dhis2Mapping} gives it; segments the mapping leaves out are not
 * exported.
 *
 * @since 0.2.0
 */
public final class Dhis2Export {
    /** DHIS2's daily period: {@code yyyyMMdd}. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Dhis2Export() {
    }

    /**
     * The reports as sent: each current figure of a unit and its units below, for each mapped
     * segment and each day of a range, with who sent it ({@code storedBy}), when
     * ({@code lastUpdated}, the report's sending time as an ISO instant) and its source
     * ({@code comment}). A unit is below {@code unitCode} in the version of the hierarchy valid
     * on the figure's day. Read back with {@link Dhis2Import} into another store, the values give
     * the same reports; into the same store, they change nothing.
     *
     * <p>Reads each key's current revision from the store (one read per figure): meant for a
     * province or a district over some weeks, not a whole country's history at once.
     *
     * @param store  the reports, not null
     * @param hierarchy  the units, not null
     * @param unitCode  the unit whose figures (its own and those below) are exported, not null
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not before {@code from}, not null
     * @param mapping  the data elements, not null
     * @return the values, by day, then the units' order in the tree, then segment, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static DataValueSet reports(ReportStore store, Hierarchy hierarchy, String unitCode,
                                       LocalDate from, LocalDate to, Dhis2Mapping mapping) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(unitCode, "unitCode");
        checkRange(from, to);
        Objects.requireNonNull(mapping, "mapping");
        List<Sorted> rows = new ArrayList<>();
        for (Dhis2Mapping.Entry e : mapping.entries()) {
            List<ReportKey> keys = new ArrayList<>();
            store.forEachCurrent(e.segment(), from, to, (code, epochDay, count) -> {
                LocalDate day = LocalDate.ofEpochDay(epochDay);
                if (below(hierarchy, unitCode, code, day) >= 0) {
                    keys.add(new ReportKey(code, e.segment(), day));
                }
            });
            for (ReportKey k : keys) {
                Optional<ReportRevision> current = store.current(k);
                if (current.isEmpty()) {
                    continue; // a figure read a moment ago cannot vanish: revisions are kept
                }
                Report r = current.get().report();
                DataValue v = new DataValue(e.dataElement(), DAY.format(r.asOf()),
                        r.unitCode(), e.categoryOptionCombo().orElse(null), null,
                        Long.toString(r.count()), r.reporter(), r.reportedAt().toString(),
                        r.sourceRef().orElse(null), 0);
                rows.add(new Sorted(r.asOf(), below(hierarchy, unitCode, r.unitCode(),
                        r.asOf()), mapping.entries().indexOf(e), v));
            }
        }
        return DataValueSet.of(mapping.dataSet().orElse(null), sorted(rows));
    }

    /**
     * The roll-up: for each series (one per segment, computed by the caller with the
     * denominators, rules and policy it uses), the count of {@code unitCode} and each unit below
     * it at the chosen DHIS2 levels (1 is the tree's root, 2 the units under it, and so on), each
     * day of the series. A unit without any figure at or below it that day (every leaf missing
     * and a count of 0) is left out, not sent as 0. {@code storedBy} is the given name, {@code lastUpdated} the moment of computing,
     * {@code comment} says the value is a roll-up.
     *
     * @param series  the series, of versions holding {@code unitCode}, not null; those of
     *     segments the mapping leaves out are skipped
     * @param unitCode  the top unit, not null
     * @param levels  the DHIS2 levels, each 1 or more, not empty, not null
     * @param mapping  the data elements, not null
     * @param storedBy  the name written as {@code storedBy}, not blank
     * @param computedAt  the moment written as {@code lastUpdated}, not null
     * @return the values, by day, then the units' order in the tree, then segment, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code unitCode} is not in a series' version, or a
     *     level is below 1, or there is no level
     */
    public static DataValueSet rolledUp(List<Series> series, String unitCode, Set<Integer> levels,
                                        Dhis2Mapping mapping, String storedBy,
                                        Instant computedAt) {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(storedBy, "storedBy");
        Objects.requireNonNull(computedAt, "computedAt");
        if (levels.isEmpty() || levels.stream().anyMatch(l -> l < 1)) {
            throw new IllegalArgumentException("levels must be 1 or more, were " + levels);
        }
        if (storedBy.isBlank()) {
            throw new IllegalArgumentException("storedBy must not be blank");
        }
        List<Sorted> rows = new ArrayList<>();
        for (Series s : series) {
            Optional<Dhis2Mapping.Entry> entry = mapping.entry(s.segment());
            if (entry.isEmpty()) {
                continue;
            }
            HierarchyVersion v = s.version();
            int top = v.ordinal(unitCode);
            if (top < 0) {
                throw new IllegalArgumentException(unitCode + " is not a unit of " + v);
            }
            int end = v.subtreeEnd(top);
            for (int d = 0; d < s.days(); d++) {
                LocalDate day = s.from().plusDays(d);
                for (int i = top; i < end; i++) {
                    if (!levels.contains(v.depthAt(i) + 1)) {
                        continue;
                    }
                    String code = v.unitAt(i).code();
                    // nothing at or below it: no leaf has a figure and no own figure counts
                    if (s.missingLeaves(code, day) >= s.rollUp().leafCountAt(i)
                            && s.countAt(i, d) == 0) {
                        continue;
                    }
                    DataValue value = new DataValue(entry.get().dataElement(), DAY.format(day),
                            code, entry.get().categoryOptionCombo().orElse(null), null,
                            Long.toString(s.countAt(i, d)), storedBy, computedAt.toString(),
                            "Uptake roll-up", 0);
                    rows.add(new Sorted(day, i - top, mapping.entries().indexOf(entry.get()),
                            value));
                }
            }
        }
        return DataValueSet.of(mapping.dataSet().orElse(null), sorted(rows));
    }

    /** The unit's ordinal under the top unit that day, or -1 if it is not at or below it. */
    private static int below(Hierarchy h, String top, String code, LocalDate day) {
        Optional<HierarchyVersion> v = h.versionOn(day);
        if (v.isEmpty()) {
            return -1;
        }
        int t = v.get().ordinal(top);
        int i = v.get().ordinal(code);
        return t >= 0 && i >= t && i < v.get().subtreeEnd(t) ? i : -1;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    private static List<DataValue> sorted(List<Sorted> rows) {
        rows.sort(Comparator.comparing(Sorted::day).thenComparingInt(Sorted::ordinal)
                .thenComparingInt(Sorted::entry));
        return rows.stream().map(Sorted::value).toList();
    }

    private record Sorted(LocalDate day, int ordinal, int entry, DataValue value) {
    }
}
