package io.github.uptake.app.entry;

import io.github.uptake.validation.IsoDay;
import io.github.uptake.validation.SegmentId;
import io.github.uptake.validation.UnitCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/reports}: a day's figures of several units, as JSON.
 *
 * <pre>{@code
 * {"date": "2020-08-19", "segment": "residents", "dryRun": false,
 *  "reports": [{"unit": "27694", "count": 1234}, {"unit": "27697", "count": 2051}]}
 * }</pre>
 *
 * <p>Its shape is checked by Bean Validation (Hibernate Validator, see {@link ReportsApi}); each
 * violation is a problem located at its field path ({@code date}, {@code reports},
 * {@code reports[3].unit}, {@code reports[3].count}) with its message in Vietnamese and English,
 * from the keys {@code io.github.uptake.app.entry.*} of the bundle {@code ApiValidationMessages}
 * beside this class, and the core's own texts for {@code @UnitCode}, {@code @IsoDay} and
 * {@code @SegmentId}. The record guards nothing itself, so any JSON of the right types binds and
 * every fault is reported at once. This class is immutable if its list is.
 *
 * @param date  the day the figures are as of, {@code yyyy-MM-dd}, a day that exists; required
 * @param segment  whom the counts count ({@code residents}, {@code staff}...); null or absent for
 *     {@code residents}
 * @param reports  the figures, 1 to {@value #MAX_REPORTS}; required
 * @param dryRun  true to check only and store nothing; null or absent for false
 */
public record ReportsApiRequest(
        @NotNull(message = "{io.github.uptake.app.entry.date.missing}") @IsoDay String date,
        @SegmentId String segment,
        @NotNull(message = "{io.github.uptake.app.entry.reports.missing}")
        @Size(min = 1, max = MAX_REPORTS, message = "{io.github.uptake.app.entry.reports.size}")
        List<@NotNull(message = "{io.github.uptake.app.entry.report.missing}") @Valid Item> reports,
        Boolean dryRun) {

    /** The most figures one request may carry. */
    public static final int MAX_REPORTS = 10_000;

    /**
     * One unit's figure.
     *
     * @param unit  the unit's code, a JSON string with its leading zeros; required
     * @param count  the unit's cumulative count of people, a JSON number with a whole value from 0
     *     to 10^12; required
     */
    public record Item(
            @NotNull(message = "{io.github.uptake.app.entry.unit.missing}") @UnitCode String unit,
            @NotNull(message = "{io.github.uptake.app.entry.count.missing}") @WholeCount
            BigDecimal count) {
    }

    /** Returns true if this is a dry run (false when {@code dryRun} is absent). */
    public boolean wantsDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
