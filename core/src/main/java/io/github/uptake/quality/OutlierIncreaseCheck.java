package io.github.uptake.quality;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Severity;
import io.github.uptake.rollup.DailyCounts;
import java.time.LocalDate;
import java.util.ArrayList;
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
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OutlierIncreaseCheck extends WarningCheck {
    /** The check's id, also the {@link Finding#checkId()} of its findings. */
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
     * Creates the check with its settings; the defaults are {@link #DEFAULT_THRESHOLD} and
     * {@link #DEFAULT_MIN_OBSERVATIONS}.
     *
     * @param threshold  the modified z-score above which an increase is an outlier, positive,
     *     e.g. {@link #DEFAULT_THRESHOLD}
     * @param minObservations  the least number of increases needed to judge a leaf, 3 or more,
     *     e.g. {@link #DEFAULT_MIN_OBSERVATIONS}
     * @throws IllegalArgumentException if the threshold is not positive (or is NaN) or
     *     {@code minObservations} is less than 3
     */
    public OutlierIncreaseCheck(double threshold, int minObservations) {
        super(ID);
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
    public List<Finding> run(QualityContext context) {
        DailyCounts daily = context.daily();
        HierarchyVersion v = daily.version();
        int first = daily.dayIndex(context.from());
        int last = daily.dayIndex(context.to());
        int width = daily.days();
        double[] increase = new double[width];
        int[] day = new int[width];
        double[] scratch = new double[width];
        int[] reportedDay = new int[width];
        long[] reported = new long[width];
        List<Finding> out = new ArrayList<>();
        for (int leaf : v.leafOrdinals()) {
            int m = daily.copyReported(leaf, reportedDay, reported);
            int k = 0;
            for (int j = 1; j < m; j++) {
                long rise = reported[j] - reported[j - 1];
                if (rise >= 0) {
                    increase[k] = (double) rise / (reportedDay[j] - reportedDay[j - 1]);
                    day[k++] = reportedDay[j];
                }
            }
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

    /** Returns the median of the first k values, reordering them (quickselect, linear time). */
    static double median(double[] a, int k) {
        double upper = select(a, 0, k - 1, k / 2);
        if (k % 2 == 1) {
            return upper;
        }
        // after selection every value left of k/2 is not greater: the lower middle is their max
        double lower = a[0];
        for (int i = 1; i < k / 2; i++) {
            lower = Math.max(lower, a[i]);
        }
        return (lower + upper) / 2;
    }

    /** Puts the n-th smallest value of a[lo..hi] at a[n], smaller ones left of it, and returns it. */
    private static double select(double[] a, int lo, int hi, int n) {
        while (lo < hi) {
            double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (n <= j) {
                hi = j;
            } else if (n >= i) {
                lo = i;
            } else {
                return a[n];
            }
        }
        return a[n];
    }

    private static double medianOfThree(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
