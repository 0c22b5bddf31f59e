package io.github.uptake.app.national;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.History;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-basing at national scale with the real data: a series of the 2020 tree (10.614 communes) over
 * {@code days} days, re-based onto the 3.321 communes of 1/7/2025 through both crosswalks (2020 to
 * 1/3/2025, then the reform). {@code compose} is finding and composing the chain alone;
 * {@code rebase} is the whole re-basing with exact fractions and largest-remainder rounding;
 * {@code baseline} adds the same figures along the same pieces in {@code long}s with equal weights
 * ignored, the cost of touching the data at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class RebaseBenchmark {
    private static final LocalDate FIRST = LocalDate.of(2020, 8, 1);

    @Param({"1", "30"})
    int days;

    private History history;
    private Series series;
    private HierarchyVersion of2020;
    private HierarchyVersion of2025;
    private Crosswalk composed;
    private int[][] targets;

    /** Loads the real data and a seeded series. */
    @Setup
    public void setUp() throws IOException {
        VietnamHistory.Loaded loaded = VietnamHistory.load(VietnamHistory.shipped(),
                Hierarchy.TERRITORIAL).value();
        of2020 = loaded.of2020();
        of2025 = loaded.of2025();
        history = History.of(Hierarchy.of(Hierarchy.TERRITORIAL, loaded.versions()),
                loaded.crosswalks());
        LocalDate last = FIRST.plusDays(days - 1L);
        DailyCounts.Builder b = DailyCounts.builder(of2020, FIRST, last);
        SplittableRandom rnd = new SplittableRandom(20200815);
        for (int leaf : of2020.leafOrdinals()) {
            long c = rnd.nextInt(5_000);
            for (int d = 0; d < days; d++) {
                c += rnd.nextInt(50);
                b.put(leaf, FIRST.toEpochDay() + d, c);
            }
        }
        series = RollUp.of(of2020, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).series(b.build(), FIRST, last);
        composed = history.path(of2020, of2025).orElseThrow();
        targets = new int[of2020.size()][];
        for (int leaf : of2020.leafOrdinals()) {
            targets[leaf] = composed.pieces(of2020.unitAt(leaf).code()).stream()
                    .mapToInt(p -> of2025.ordinal(p.newCode())).toArray();
        }
    }

    /** Finds and composes the chain of crosswalks. */
    @Benchmark
    public Crosswalk compose() {
        return history.path(of2020, of2025).orElseThrow();
    }

    /** Re-bases the series onto the 2025 units, exactly. */
    @Benchmark
    public RebasedSeries rebase() {
        return history.rebase(series, VietnamHistory.REFORM);
    }

    /** Adds the same figures along the same pieces in longs: the cost of touching the data. */
    @Benchmark
    public long[] baseline() {
        long[] out = new long[of2025.size() * days];
        for (int leaf : of2020.leafOrdinals()) {
            for (int t : targets[leaf]) {
                for (int d = 0; d < days; d++) {
                    out[t * days + d] += series.countAt(leaf, d) / targets[leaf].length;
                }
            }
        }
        return out;
    }
}
