package io.github.uptake.completeness;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReportReader;
import io.github.uptake.port.ReportStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Who reported for a period, for every unit of a hierarchy version: expected, on time, late and
 * missing, with the list of missing units under any unit.
 *
 * <p>A unit's arrival for a period is the earliest first-sent time of its reports with an as-of day
 * in the period, so a report corrected later keeps its first arrival time. It is on time if that is
 * not after the period's deadline. Reports dated before a unit came into being do not count.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Completeness {
    private final HierarchyVersion version;
    private final ReportingPeriod period;
    private final boolean[] expectedUnit;
    private final byte[] state;
    private final int[] expected;
    private final int[] onTime;
    private final int[] late;

    private static final byte MISSING = 0;
    private static final byte ON_TIME = 1;
    private static final byte LATE = 2;

    private Completeness(HierarchyVersion version, ReportingPeriod period, boolean[] expectedUnit,
                         byte[] state) {
        this.version = version;
        this.period = period;
        this.expectedUnit = expectedUnit;
        this.state = state;
        int n = version.size();
        this.expected = new int[n];
        this.onTime = new int[n];
        this.late = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            if (expectedUnit[i]) {
                expected[i]++;
                onTime[i] += state[i] == ON_TIME ? 1 : 0;
                late[i] += state[i] == LATE ? 1 : 0;
            }
            if (i > 0) {
                int p = version.parentOrdinal(i);
                expected[p] += expected[i];
                onTime[p] += onTime[i];
                late[p] += late[i];
            }
        }
    }

    /**
     * Computes who reported for a period.
     *
     * @param version  the hierarchy version whose units are counted, not null
     * @param schedule  the schedule (which units are expected), not null; expected codes not in
     *     the version are ignored
     * @param period  the period, not null
     * @param store  where the reports are, not null
     * @param segment  the segment reported, not null
     * @return the completeness of every unit of the version, not null
     * @throws NullPointerException if an argument is null
     */
    public static Completeness compute(HierarchyVersion version, ReportingSchedule schedule,
                                       ReportingPeriod period, ReportStore store,
                                       Segment segment) {
        return compute(version, schedule, period, (ReportReader) store, segment);
    }

    /**
     * Computes who reported for a period from any reader of reports, e.g. a live model in memory
     * ({@link io.github.uptake.live.LiveFigures}).
     *
     * @param version  the hierarchy version whose units are counted, not null
     * @param schedule  the schedule (which units are expected), not null; expected codes not in
     *     the version are ignored
     * @param period  the period, not null
     * @param store  where the reports are read, not null
     * @param segment  the segment reported, not null
     * @return the completeness of every unit of the version, not null
     * @throws NullPointerException if an argument is null
     * @since 0.2.0
     */
    public static Completeness compute(HierarchyVersion version, ReportingSchedule schedule,
                                       ReportingPeriod period, ReportReader store,
                                       Segment segment) {
        Checks.notNull(version, "version");
        Checks.notNull(period, "period");
        int n = version.size();
        boolean[] expectedUnit = new boolean[n];
        if (schedule.expectedUnits().isPresent()) {
            for (String code : schedule.expectedUnits().get()) {
                int i = version.ordinal(code);
                if (i >= 0) {
                    expectedUnit[i] = true;
                }
            }
        } else {
            for (int leaf : version.leafOrdinals()) {
                expectedUnit[leaf] = true;
            }
        }
        Instant[] arrival = new Instant[n];
        store.forEachArrival(segment, period.start(), period.end(), (code, day, first) -> {
            int i = version.ordinal(code);
            if (i < 0) {
                return;
            }
            Unit u = version.unitAt(i);
            if (u.validFrom().isPresent() && day < u.validFrom().get().toEpochDay()) {
                return;
            }
            if (arrival[i] == null || first.isBefore(arrival[i])) {
                arrival[i] = first;
            }
        });
        byte[] state = new byte[n];
        for (int i = 0; i < n; i++) {
            state[i] = arrival[i] == null ? MISSING
                    : arrival[i].isAfter(period.deadline()) ? LATE : ON_TIME;
        }
        return new Completeness(version, period, expectedUnit, state);
    }

    /**
     * Returns the period the figures are for.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns the hierarchy version whose units were counted.
     *
     * @return the version, not null
     */
    public HierarchyVersion version() {
        return version;
    }

    /**
     * Returns a unit's figures.
     *
     * @param code  the unit's code, not null
     * @return the result, counting the unit and every unit under it, not null
     * @throws java.util.NoSuchElementException if the unit is not in the version
     */
    public CompletenessResult node(String code) {
        return nodeAt(ordinal(code));
    }

    /**
     * Returns a unit's figures by ordinal.
     *
     * @param i  the unit's ordinal in the version, 0 to {@code version().size() - 1}
     * @return the result, counting the unit and every unit under it, not null
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public CompletenessResult nodeAt(int i) {
        return new CompletenessResult(version.unitAt(i), expected[i], onTime[i], late[i],
                expected[i] - onTime[i] - late[i]);
    }

    /**
     * Returns every unit's figures in pre-order, for a table of the whole hierarchy.
     *
     * @return the results, indexed by ordinal, unmodifiable, never empty
     */
    public List<CompletenessResult> nodes() {
        List<CompletenessResult> out = new ArrayList<>(version.size());
        for (int i = 0; i < version.size(); i++) {
            out.add(nodeAt(i));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the expected units under a unit (itself included) that did not report.
     *
     * @param code  the unit's code, not null
     * @return the missing units in pre-order, unmodifiable, empty if none
     * @throws java.util.NoSuchElementException if the unit is not in the version
     */
    public List<Unit> missingUnits(String code) {
        return unitsIn(ordinal(code), MISSING);
    }

    /**
     * Returns the expected units under a unit (itself included) that reported after the deadline.
     *
     * @param code  the unit's code, not null
     * @return the late units in pre-order, unmodifiable, empty if none
     * @throws java.util.NoSuchElementException if the unit is not in the version
     */
    public List<Unit> lateUnits(String code) {
        return unitsIn(ordinal(code), LATE);
    }

    private List<Unit> unitsIn(int i, byte wanted) {
        List<Unit> out = new ArrayList<>();
        for (int k = i; k < version.subtreeEnd(i); k++) {
            if (expectedUnit[k] && state[k] == wanted) {
                out.add(version.unitAt(k));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private int ordinal(String code) {
        int i = version.ordinal(code);
        if (i < 0) {
            throw new NoSuchElementException("unit " + code + " is not in " + version);
        }
        return i;
    }
}
