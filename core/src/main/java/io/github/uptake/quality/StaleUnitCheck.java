package io.github.uptake.quality;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Severity;
import io.github.uptake.rollup.DailyCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds leaves that have gone silent: on the last judged day, their latest figure is more than a
 * number of days old (3 by default), or there is none in the figures' window.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StaleUnitCheck extends WarningCheck {
    /** The check's id, also the {@link Finding#checkId()} of its findings. */
    public static final String ID = "unit.stale";
    /** The default number of silent days allowed. */
    public static final int DEFAULT_MAX_SILENT_DAYS = 3;

    private final int maxSilentDays;

    /**
     * Creates the check with the days a leaf may stay silent; the default is
     * {@link #DEFAULT_MAX_SILENT_DAYS}.
     *
     * @param maxSilentDays  days a unit may go without a report, 0 or more, e.g.
     *     {@link #DEFAULT_MAX_SILENT_DAYS}
     * @throws IllegalArgumentException if {@code maxSilentDays} is negative
     */
    public StaleUnitCheck(int maxSilentDays) {
        super(ID);
        if (maxSilentDays < 0) {
            throw new IllegalArgumentException("maxSilentDays must be 0 or more, was "
                    + maxSilentDays);
        }
        this.maxSilentDays = maxSilentDays;
    }

    @Override
    public List<Finding> run(QualityContext context) {
        DailyCounts daily = context.daily();
        HierarchyVersion v = daily.version();
        int last = daily.dayIndex(context.to());
        LocalDate day = context.to();
        UptakeFormat vi = UptakeFormat.vietnamese();
        UptakeFormat en = UptakeFormat.english();
        List<Finding> out = new ArrayList<>();
        for (int leaf : v.leafOrdinals()) {
            int age = daily.ageAt(leaf, last);
            String code = v.unitAt(leaf).code();
            if (age < 0) {
                out.add(new Finding(ID, Severity.WARNING, code, context.engine().segment(), day,
                        code + " chưa báo cáo lần nào kể từ " + vi.shortDate(daily.firstDay())
                                + ".",
                        code + " has not reported since " + en.shortDate(daily.firstDay())
                                + "."));
            } else if (age > maxSilentDays) {
                LocalDate lastReport = day.minusDays(age);
                out.add(new Finding(ID, Severity.WARNING, code, context.engine().segment(), day,
                        code + " không báo cáo " + age + " ngày (lần cuối tính đến "
                                + vi.shortDate(lastReport) + ").",
                        code + " has been silent for " + age + " days (last report as of "
                                + en.shortDate(lastReport) + ")."));
            }
        }
        return out;
    }
}
