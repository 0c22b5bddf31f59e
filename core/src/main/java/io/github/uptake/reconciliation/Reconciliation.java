package io.github.uptake.reconciliation;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.rollup.Snapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sets self-reported figures beside trusted ones, on a snapshot. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Reconciliation {
    private Reconciliation() {
    }

    /**
     * Compares the roll-up of self-reports with authoritative counts of the snapshot's day and
     * segment; counts of other days, segments or units outside the version are skipped.
     *
     * @param snapshot  the roll-up, not null
     * @param counts  the authoritative counts, not null, no null element
     * @return one comparison per applicable count, in the given order, unmodifiable, empty if none
     *     applies
     * @throws NullPointerException if an argument is null or the list holds a null
     */
    public static List<Comparison> withAuthoritative(Snapshot snapshot,
                                                     List<AuthoritativeCount> counts) {
        List<Comparison> out = new ArrayList<>();
        for (AuthoritativeCount a : counts) {
            int i = snapshot.version().ordinal(a.unitCode());
            if (i < 0 || !a.date().equals(snapshot.date()) || !a.segment().equals(snapshot.segment())) {
                continue;
            }
            out.add(new Comparison(snapshot.version().unitAt(i), a.date(), snapshot.countAt(i),
                    a.count(), a.source(), 1));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Compares reported figures with verified ones for every unit of the version that has verified
     * units under it (itself included): for a unit checked itself, its own figure on the snapshot
     * day against the count found; for a parent, the sums over the verified units below it. When a
     * unit was checked more than once for the day, the latest check counts.
     *
     * @param snapshot  the roll-up of the checked day, not null
     * @param verifications  the checks, not null, no null element; checks of other days,
     *     segments or units outside the version are skipped
     * @return a comparison per unit with verified units under it, in pre-order, unmodifiable,
     *     empty if none
     * @throws NullPointerException if an argument is null or the list holds a null
     */
    public static List<Comparison> withVerifications(Snapshot snapshot,
                                                     List<Verification> verifications) {
        Checks.notNull(verifications, "verifications");
        HierarchyVersion v = snapshot.version();
        int n = v.size();
        Verification[] latest = new Verification[n];
        for (Verification x : verifications) {
            int i = v.ordinal(x.unitCode());
            if (i < 0 || !x.date().equals(snapshot.date())
                    || !x.segment().equals(snapshot.segment())) {
                continue;
            }
            if (latest[i] == null || x.checkedAt().isAfter(latest[i].checkedAt())) {
                latest[i] = x;
            }
        }
        long[] reported = new long[n];
        long[] found = new long[n];
        int[] units = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            if (latest[i] != null) {
                reported[i] += snapshot.countAt(i);
                found[i] += latest[i].checkedCount();
                units[i]++;
            }
            if (i > 0) {
                int p = v.parentOrdinal(i);
                reported[p] += reported[i];
                found[p] += found[i];
                units[p] += units[i];
            }
        }
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (units[i] > 0) {
                out.add(new Comparison(v.unitAt(i), snapshot.date(), reported[i], found[i],
                        units[i] == 1 && latest[i] != null ? latest[i].verifier() : "verification",
                        units[i]));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
