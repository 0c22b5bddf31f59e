package io.github.uptake.quality;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Severity;
import io.github.uptake.rollup.DailyCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds outlier daily increases in the figures of the units that report at the bottom of the tree
 * (the leaves), with the modified z-score of Iglewicz and Hoaglin.
 *
 * <p>Method: for each leaf, the increase between consecutive reported figures, divided by the days
 * between them, is its daily increase; falls are left to {@link DecreasingCountCheck}. With the
 * median {@code m} and the median absolute deviation {@code MAD} of a leaf's daily increases, an
 * increase {@code x} scores {@code M = 0.6745 (x - m) / MAD}; when MAD is 0 the mean absolute
 * deviation is used instead, as {@code M = (x - m) / (1.253314 * meanAD)}. An increase within the
 * judged days is an outlier when {@code |M|} exceeds the threshold (3.5 by default) and it differs
 * from the median by more than the larger of 10 people and half the median, so that small integer
 * noise in steady figures is not reported. A leaf needs at least {@code minObservations} increases
 * (7 by default).
 */
public final class OutlierIncreaseCheck implements QualityCheck {
    /** The check's id. */
    public static final String ID = "increase.outlier";
    /** The default threshold of the modified z-score. */
    public static final double DEFAULT_THRESHOLD = 3.5;
    /** The default least number of increases needed to judge a unit. */
    public static final int DEFAULT_MIN_OBSERVATIONS = 7;
    /** Increases closer to the median than this many people are never outliers. */
    public static final long MIN_DEVIATION = 10;

    private final double threshold;
    private final int minObservations;

    /**
     * Creates the check.
     *
     * @param threshold  the modified z-score above which an increase is an outlier, positive
     * @param minObservations  the least number of increases needed, 3 or more
     */
    public OutlierIncreaseCheck(double threshold, int minObservations) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be positive, was " + threshold);
        }
        if (minObservations < 3) {
            throw new IllegalArgumentException("minObservations must be 3 or more, was "
                    + minObservations);
        }
        this.threshold = threshold;
        this.minObservations = minObservations;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> run(QualityContext context) {
        DailyCounts daily = context.daily();
        HierarchyVersion v = daily.version();
        int first = daily.dayIndex(context.from());
        int last = daily.dayIndex(context.to());
        double[] increase = new double[daily.days()];
        int[] day = new int[daily.days()];
        double[] scratch = new double[daily.days()];
        long[] prev = new long[2];
        int[] n = new int[1];
        List<Finding> out = new ArrayList<>();
        for (int leaf : v.leafOrdinals()) {
            prev[0] = -1;
            n[0] = 0;
            daily.forEachReported(leaf, (d, count) -> {
                if (prev[0] >= 0 && count >= prev[0]) {
                    increase[n[0]] = (double) (count - prev[0]) / (d - prev[1]);
                    day[n[0]] = d;
                    n[0]++;
                }
                prev[0] = count;
                prev[1] = d;
            });
            int k = n[0];
            if (k < minObservations) {
                continue;
            }
            System.arraycopy(increase, 0, scratch, 0, k);
            double median = median(scratch, k);
            for (int i = 0; i < k; i++) {
                scratch[i] = Math.abs(increase[i] - median);
            }
            double mad = median(scratch, k);
            double scale;
            if (mad > 0) {
                scale = mad / 0.6745;
            } else {
                double sum = 0;
                for (int i = 0; i < k; i++) {
                    sum += Math.abs(increase[i] - median);
                }
                scale = 1.253314 * sum / k;
            }
            if (scale == 0) {
                continue;
            }
            double floor = Math.max(MIN_DEVIATION, median / 2);
            for (int i = 0; i < k; i++) {
                double deviation = Math.abs(increase[i] - median);
                if (day[i] >= first && day[i] <= last && deviation / scale > threshold
                        && deviation > floor) {
                    out.add(finding(context, v.unitAt(leaf).code(),
                            daily.firstDay().plusDays(day[i]), increase[i], median,
                            deviation / scale));
                }
            }
        }
        return out;
    }

    private Finding finding(QualityContext context, String code, LocalDate date, double increase,
                            double median, double score) {
        UptakeFormat vi = UptakeFormat.vietnamese();
        UptakeFormat en = UptakeFormat.english();
        long inc = Math.round(increase);
        long med = Math.round(median);
        String z = String.format(java.util.Locale.ROOT, "%.1f", score);
        return new Finding(ID, Severity.WARNING, code, context.engine().segment(), date,
                "Mức tăng trong ngày của " + code + " (" + vi.count(inc) + " người/ngày) bất"
                        + " thường so với mức thường thấy (" + vi.count(med) + "); điểm z cải"
                        + " tiến " + z.replace('.', ',') + ".",
                "The daily increase of " + code + " (" + en.count(inc) + " people/day) is unusual"
                        + " against its typical " + en.count(med) + "; modified z-score " + z
                        + ".");
    }

    private static double median(double[] a, int k) {
        Arrays.sort(a, 0, k);
        return k % 2 == 1 ? a[k / 2] : (a[k / 2 - 1] + a[k / 2]) / 2;
    }
}
