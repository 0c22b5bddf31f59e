package io.github.uptake.bench;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.quality.Finding;
import io.github.uptake.quality.QualityChecks;
import io.github.uptake.quality.QualityContext;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.testing.VietnamUnits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roll-up engine at national scale (the real 2020 tree: 11.385 units with the country root,
 * 10.614 communes) beside a plain loop over a {@code long[]} of the same data, the memory-bandwidth
 * limit:
 * <ul>
 *   <li>{@code snapshot}: one day, from each unit's latest figure, against summing the
 *       {@code long[]} of those figures;
 *   <li>{@code series}: every node on every day of 2020 (366 days, 3.88 million commune-days), against
 *       summing the dense {@code long[]} of the daily figures.
 * </ul>
 * {@code dailyCountsBuild} measures what loading costs: putting every figure into a
 * {@link DailyCounts} and building its gap index. The daily figures are cumulative, with about 5% of commune-days unreported, so carry-forward and
 * missing values are exercised.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class RollUpBenchmark {
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2020, 12, 31);
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);

    private RollUp engine;
    private DailyCounts daily;
    private LatestCounts latest;
    private long[] dailyValues;
    private long[] latestValues;

    /** Builds the national tree and a year of figures. */
    @Setup(Level.Trial)
    public void setUp() {
        HierarchyVersion v = VietnamUnits.tree2020();
        int carry = RollUpPolicy.DEFAULT_CARRY_FORWARD_DAYS;
        DailyCounts.Builder b = DailyCounts.builder(v, FIRST.minusDays(carry), LAST);
        SplittableRandom rnd = new SplittableRandom(2020);
        long first = FIRST.minusDays(carry).toEpochDay();
        int days = (int) (LAST.toEpochDay() - first + 1);
        for (int leaf : v.leafOrdinals()) {
            long cumulative = 0;
            for (int d = 0; d < days; d++) {
                cumulative += rnd.nextInt(50);
                if (rnd.nextInt(20) != 0) {
                    b.put(leaf, first + d, cumulative);
                }
            }
        }
        daily = b.build();
        latest = LatestCounts.from(daily, DAY);
        List<Denominator> dens = new ArrayList<>();
        for (int leaf : v.leafOrdinals()) {
            dens.add(new Denominator(v.unitAt(leaf).code(), Segment.RESIDENTS, 100_000,
                    "census-2019", LocalDate.of(2019, 4, 1)));
        }
        engine = RollUp.of(v, Segment.RESIDENTS, dens,
                TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)),
                RollUpPolicy.defaults());
        dailyValues = new long[v.size() * days];
        for (int u = 0; u < v.size(); u++) {
            for (int d = 0; d < days; d++) {
                dailyValues[u * days + d] = daily.valueAt(u, d);
            }
        }
        latestValues = new long[v.size()];
        for (int u = 0; u < v.size(); u++) {
            latestValues[u] = latest.countAt(u);
        }
    }

    /**
     * Loading a year of national figures into the engine's layout ({@link DailyCounts}: dense rows
     * plus the gap index); paid once per load, not per roll-up.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DailyCounts dailyCountsBuild() {
        HierarchyVersion v = daily.version();
        DailyCounts.Builder b = DailyCounts.builder(v, daily.firstDay(), daily.lastDay());
        long first = daily.firstDay().toEpochDay();
        int days = daily.days();
        for (int u = 0; u < v.size(); u++) {
            for (int d = 0; d < days; d++) {
                long x = dailyValues[u * days + d];
                if (x != DailyCounts.NO_REPORT) {
                    b.put(u, first + d, x);
                }
            }
        }
        return b.build();
    }

    /** The national snapshot of one day. */
    @Benchmark
    public Snapshot snapshot() {
        return engine.snapshot(latest);
    }

    /** The baseline of {@link #snapshot()}: a plain sum over the same figures. */
    @Benchmark
    public long snapshotBaseline() {
        long s = 0;
        for (long x : latestValues) {
            s += x;
        }
        return s;
    }

    /** Every node's series over a year. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Series series() {
        return engine.series(daily, FIRST, LAST);
    }

    /**
     * Every node's series over a year and every default quality check over it: decreasing counts,
     * counts over the denominator, parent figures, declared denominators, outlier increases (a
     * median and MAD per commune), stale units.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Finding> seriesWithAllChecks() {
        QualityContext context = QualityContext.of(engine, daily, FIRST, LAST);
        context.series();
        return QualityChecks.defaults().run(context);
    }

    /** The baseline of {@link #series()}: a plain sum over the same dense figures. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long seriesBaseline() {
        long s = 0;
        for (long x : dailyValues) {
            s += x;
        }
        return s;
    }
}
