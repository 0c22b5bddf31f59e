package io.github.uptake.app.entry;

import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.port.ArrivalVisitor;
import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportVisitor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A store as a request sees it when another request stores the same day's figures while it runs:
 * the figures of that day are hidden from its reading, but are there when it submits. It can also
 * refuse every submission as one whose id was already used for other content.
 */
final class RacingReportStore implements ReportStore {
    private final ReportStore delegate;
    private final LocalDate hidden;
    private final boolean refuse;

    RacingReportStore(ReportStore delegate, LocalDate hidden, boolean refuse) {
        this.delegate = delegate;
        this.hidden = hidden;
        this.refuse = refuse;
    }

    @Override
    public SubmissionReceipt submit(Submission submission) {
        if (refuse) {
            throw new IllegalArgumentException("submission id " + submission.id()
                    + " was already used for other content");
        }
        return delegate.submit(submission);
    }

    @Override
    public SubmitResult submit(Report report) {
        throw new UnsupportedOperationException("figures are stored as submissions");
    }

    @Override
    public List<SubmitResult> submitAll(List<Report> reports) {
        throw new UnsupportedOperationException("figures are stored as submissions");
    }

    @Override
    public Optional<ReportRevision> current(ReportKey key) {
        return key.asOf().equals(hidden) ? Optional.empty() : delegate.current(key);
    }

    @Override
    public List<ReportRevision> revisions(ReportKey key) {
        return key.asOf().equals(hidden) ? List.of() : delegate.revisions(key);
    }

    @Override
    public void forEachCurrent(Segment segment, LocalDate from, LocalDate to,
                               ReportVisitor visitor) {
        long day = hidden.toEpochDay();
        delegate.forEachCurrent(segment, from, to, (code, d, count) -> {
            if (d != day) {
                visitor.visit(code, d, count);
            }
        });
    }

    @Override
    public void forEachCurrentKnownAt(Segment segment, LocalDate from, LocalDate to,
                                      Instant knownAt, ReportVisitor visitor) {
        throw new UnsupportedOperationException("not read by typed entry");
    }

    @Override
    public void forEachArrival(Segment segment, LocalDate from, LocalDate to,
                               ArrivalVisitor visitor) {
        throw new UnsupportedOperationException("not read by typed entry");
    }
}
