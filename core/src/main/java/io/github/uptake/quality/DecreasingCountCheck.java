package io.github.uptake.quality;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Severity;
import io.github.uptake.rollup.DailyCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds cumulative counts that fall: a unit's reported figure lower than its previous reported
 * figure. Every unit's own reports are checked, parents' included; one finding per fall, dated on
 * the day of the lower figure, for falls within the judged days.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DecreasingCountCheck extends WarningCheck {
    /** The check's id, also the {@link Finding#checkId()} of its findings. */
    public static final String ID = "count.decreasing";

    /** Creates the check; it has no settings. */
    public DecreasingCountCheck() {
        super(ID);
    }

    @Override
    public List<Finding> run(QualityContext context) {
        DailyCounts daily = context.daily();
        HierarchyVersion v = daily.version();
        int first = daily.dayIndex(context.from());
        int last = daily.dayIndex(context.to());
        UptakeFormat vi = UptakeFormat.vietnamese();
        UptakeFormat en = UptakeFormat.english();
        List<Finding> out = new ArrayList<>();
        int[] reportedDay = new int[daily.days()];
        long[] reported = new long[daily.days()];
        for (int u = 0; u < v.size(); u++) {
            int m = daily.copyReported(u, reportedDay, reported);
            for (int j = 1; j < m; j++) {
                long before = reported[j - 1];
                long count = reported[j];
                int d = reportedDay[j];
                if (before > count && d >= first && d <= last) {
                    String code = v.unitAt(u).code();
                    LocalDate day = daily.firstDay().plusDays(d);
                    LocalDate was = daily.firstDay().plusDays(reportedDay[j - 1]);
                    out.add(new Finding(ID, Severity.WARNING, code, context.engine().segment(), day,
                            "Số cộng dồn của " + code + " giảm từ " + vi.count(before) + " ("
                                    + vi.shortDate(was) + ") xuống " + vi.count(count) + " ("
                                    + vi.shortDate(day) + ").",
                            "The cumulative count of " + code + " fell from " + en.count(before)
                                    + " (" + en.shortDate(was) + ") to " + en.count(count) + " ("
                                    + en.shortDate(day) + ")."));
                }
            }
        }
        return out;
    }
}
