package io.github.uptake.live;

import io.github.uptake.model.HierarchyVersion;
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
import io.github.uptake.port.RevisionVisitor;
import io.github.uptake.rollup.DailyCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ReportStore} that submits through another and merges what each returning submission
 * stored into live figures ({@link LiveFigures#tracking}). Every submitted report is then a stored
 * revision (a submission is all or none; an unchanged report is identical to one), and merging a
 * stored revision is exact whatever was merged before. Current figures and first arrivals (and
 * the loads built on them) are read from the live figures; revisions and the past from the store.
 * Thread-safe as the store is.
 */
final class TrackingReportStore implements ReportStore {
    private final ReportStore store;
    private final LiveFigures live;

    TrackingReportStore(ReportStore store, LiveFigures live) {
        this.store = store;
        this.live = live;
    }

    @Override
    public SubmitResult submit(Report report) {
        SubmitResult r = store.submit(report);
        live.merge(List.of(report));
        return r;
    }

    @Override
    public List<SubmitResult> submitAll(List<Report> reports) {
        List<SubmitResult> r = store.submitAll(reports);
        live.merge(reports);
        return r;
    }

    @Override
    public SubmissionReceipt submit(Submission submission) {
        SubmissionReceipt r = store.submit(submission);
        live.merge(submission.reports());
        return r;
    }

    @Override
    public Optional<ReportRevision> current(ReportKey key) {
        return store.current(key);
    }

    @Override
    public List<ReportRevision> revisions(ReportKey key) {
        return store.revisions(key);
    }

    @Override
    public void forEachCurrent(Segment segment, LocalDate from, LocalDate to,
                               ReportVisitor visitor) {
        live.forEachCurrent(segment, from, to, visitor);
    }

    @Override
    public void forEachCurrentKnownAt(Segment segment, LocalDate from, LocalDate to,
                                      Instant knownAt, ReportVisitor visitor) {
        store.forEachCurrentKnownAt(segment, from, to, knownAt, visitor);
    }

    @Override
    public void forEachArrival(Segment segment, LocalDate from, LocalDate to,
                               ArrivalVisitor visitor) {
        live.forEachArrival(segment, from, to, visitor);
    }

    @Override
    public DailyCounts dailyCounts(HierarchyVersion version, Segment segment, LocalDate first,
                                   LocalDate last) {
        return live.dailyCounts(version, segment, first, last);
    }

    @Override
    public void forEachRevisionRecordedAfter(Instant after, RevisionVisitor visitor) {
        store.forEachRevisionRecordedAfter(after, visitor);
    }
}
