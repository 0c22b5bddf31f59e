package io.github.uptake.app;

import io.github.uptake.model.Segment;
import io.github.uptake.port.ArrivalVisitor;
import io.github.uptake.port.ReportReader;
import io.github.uptake.port.ReportVisitor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The reports as they were known at a moment: a report that first arrived after it is left out
 * of the arrivals, so who had reported at 15:00 is the same whether the reminders are planned at
 * 15:00 or replayed later ({@code uptake remind --at}). The figures themselves are read as they
 * are now. Immutable; thread-safe if the reader is.
 */
final class ReportsKnownAt implements ReportReader {
    private final ReportReader reports;
    private final Instant moment;

    /**
     * Makes the view.
     *
     * @param reports  the reports, not null
     * @param moment  the moment, not null
     */
    ReportsKnownAt(ReportReader reports, Instant moment) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.moment = Objects.requireNonNull(moment, "moment");
    }

    @Override
    public void forEachCurrent(Segment segment, LocalDate from, LocalDate to,
                               ReportVisitor visitor) {
        reports.forEachCurrent(segment, from, to, visitor);
    }

    @Override
    public void forEachArrival(Segment segment, LocalDate from, LocalDate to,
                               ArrivalVisitor visitor) {
        reports.forEachArrival(segment, from, to, (code, day, first) -> {
            if (!first.isAfter(moment)) {
                visitor.visit(code, day, first);
            }
        });
    }
}
