package io.github.uptake.memory;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.port.ArrivalVisitor;
import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportVisitor;
import io.github.uptake.port.RevisionVisitor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A {@link ReportStore} held in memory: every revision kept, the current one found in constant
 * time, figures of a segment indexed by as-of day.
 *
 * <p>It keeps every rule of {@link ReportStore}: a batch is checked whole (nulls, texts past their
 * limits, a submission id reused for other content) before any of it is kept, so it is stored all
 * or none; recording times are cut to the microsecond.
 *
 * <p>This class is thread-safe: writes and reads take one lock, so a reader never sees half a
 * batch.
 *
 * @since 0.1.0
 */
public final class InMemoryReportStore implements ReportStore {
    private final Clock clock;
    private final Map<Segment, NavigableMap<LocalDate, Map<String, Entry>>> bySegment =
            new HashMap<>();
    private final Map<String, String> submissionByHash = new HashMap<>();

    /** Holds the revisions of one key and its current one. */
    private static final class Entry {
        final List<ReportRevision> revisions = new ArrayList<>(1);
        ReportRevision current;
        Instant firstSent;
    }

    /** Creates an empty store recording times from the system clock in UTC. */
    public InMemoryReportStore() {
        this(Clock.systemUTC());
    }

    /**
     * Creates an empty store.
     *
     * @param clock  the clock for recording times, not null
     */
    public InMemoryReportStore(Clock clock) {
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public synchronized SubmitResult submit(Report report) {
        Checks.notNull(report, "report");
        checkLengths(new TextLimits(), report, "").refuseIfAny("report");
        return store(report);
    }

    @Override
    public synchronized List<SubmitResult> submitAll(List<Report> reports) {
        checkBatch(Checks.notNull(reports, "reports"));
        return storeAll(reports, null);
    }

    @Override
    public synchronized SubmissionReceipt submit(Submission submission) {
        Checks.notNull(submission, "submission");
        new TextLimits()
                .check(submission.source(), MAX_SUBMISSION_SOURCE_LENGTH,
                        "submission.source-length", "source", "Nguồn của lần gửi",
                        "The submission's source")
                .check(submission.submittedBy(), MAX_SUBMITTED_BY_LENGTH,
                        "submission.submitted-by-length", "submittedBy", "Người gửi",
                        "The submitter")
                .refuseIfAny("submission " + submission.id());
        checkBatch(submission.reports());
        String hash = submission.contentHash();
        String earlier = submissionByHash.get(hash);
        if (earlier != null) {
            return SubmissionReceipt.duplicate(submission, hash, earlier);
        }
        if (submissionByHash.containsValue(submission.id())) {
            throw new IllegalArgumentException("submission id " + submission.id()
                    + " was already used for other content");
        }
        List<SubmitResult> results = storeAll(submission.reports(), submission.id());
        submissionByHash.put(hash, submission.id());
        return SubmissionReceipt.stored(submission, hash, results);
    }

    private List<SubmitResult> storeAll(List<Report> reports, String submissionId) {
        List<SubmitResult> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            out.add(store(r, submissionId));
        }
        return out;
    }

    /**
     * Refuses a batch holding a null or a text past its limit, naming each
     * ({@code reports[3].reporter}), before any of it is stored.
     */
    private static void checkBatch(List<Report> reports) {
        for (int i = 0; i < reports.size(); i++) {
            Checks.notNull(reports.get(i), "reports[" + i + "]");
        }
        TextLimits limits = new TextLimits();
        for (int i = 0; i < reports.size(); i++) {
            checkLengths(limits, reports.get(i), "reports[" + i + "].");
        }
        limits.refuseIfAny(reports.size() + " report(s)");
    }

    private static TextLimits checkLengths(TextLimits limits, Report r, String prefix) {
        return limits
                .check(r.reporter(), MAX_REPORTER_LENGTH, "report.reporter-length",
                        prefix + "reporter", "Tên người gửi", "The reporter")
                .check(r.sourceRef().orElse(null), MAX_SOURCE_REF_LENGTH, "report.source-length",
                        prefix + "sourceRef", "Nguồn số liệu", "The source reference");
    }

    private SubmitResult store(Report report) {
        return store(report, null);
    }

    private SubmitResult store(Report report, String submissionId) {
        Entry e = bySegment.computeIfAbsent(report.segment(), s -> new TreeMap<>())
                .computeIfAbsent(report.asOf(), d -> new HashMap<>())
                .computeIfAbsent(report.unitCode(), c -> new Entry());
        for (ReportRevision r : e.revisions) {
            if (r.report().sameAs(report)) {
                return new SubmitResult(report.key(), SubmitOutcome.UNCHANGED, r.revision(),
                        e.current);
            }
        }
        ReportRevision rev = new ReportRevision(report, e.revisions.size() + 1,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                Optional.ofNullable(submissionId), e.current == null ? OptionalLong.empty()
                        : OptionalLong.of(e.current.report().count()));
        e.revisions.add(rev);
        if (e.firstSent == null || report.reportedAt().isBefore(e.firstSent)) {
            e.firstSent = report.reportedAt();
        }
        if (e.current == null || Report.REVISION_ORDER.compare(report, e.current.report()) > 0) {
            e.current = rev;
        }
        return new SubmitResult(report.key(),
                rev.revision() == 1 ? SubmitOutcome.ADDED : SubmitOutcome.REVISED, rev.revision(),
                e.current);
    }

    @Override
    public synchronized Optional<ReportRevision> current(ReportKey key) {
        Entry e = entry(key);
        return e == null ? Optional.empty() : Optional.of(e.current);
    }

    @Override
    public synchronized List<ReportRevision> revisions(ReportKey key) {
        Entry e = entry(key);
        return e == null ? List.of() : List.copyOf(e.revisions);
    }

    /** Receives each key of a segment and range of days with its entry. */
    @FunctionalInterface
    private interface EntryVisitor {
        void visit(String unitCode, long epochDay, Entry entry);
    }

    private void forEachEntry(Segment segment, LocalDate from, LocalDate to, EntryVisitor visitor) {
        NavigableMap<LocalDate, Map<String, Entry>> days = bySegment.get(segment);
        if (days == null || from.isAfter(to)) {
            return;
        }
        for (Map.Entry<LocalDate, Map<String, Entry>> day : days.subMap(from, true, to, true)
                .entrySet()) {
            long epochDay = day.getKey().toEpochDay();
            for (Map.Entry<String, Entry> unit : day.getValue().entrySet()) {
                visitor.visit(unit.getKey(), epochDay, unit.getValue());
            }
        }
    }

    @Override
    public synchronized void forEachCurrent(Segment segment, LocalDate from, LocalDate to,
                                            ReportVisitor visitor) {
        forEachEntry(segment, from, to, (code, day, e) -> visitor.visit(code, day,
                e.current.report().count()));
    }

    @Override
    public synchronized void forEachCurrentKnownAt(Segment segment, LocalDate from, LocalDate to,
                                                   Instant knownAt, ReportVisitor visitor) {
        forEachEntry(segment, from, to, (code, day, e) -> {
            Report best = null;
            for (ReportRevision r : e.revisions) {
                if (!r.recordedAt().isAfter(knownAt)
                        && (best == null || Report.REVISION_ORDER.compare(r.report(), best) > 0)) {
                    best = r.report();
                }
            }
            if (best != null) {
                visitor.visit(code, day, best.count());
            }
        });
    }

    @Override
    public synchronized void forEachArrival(Segment segment, LocalDate from, LocalDate to,
                                            ArrivalVisitor visitor) {
        forEachEntry(segment, from, to, (code, day, e) -> visitor.visit(code, day, e.firstSent));
    }

    @Override
    public synchronized void forEachRevisionRecordedAfter(Instant after,
                                                          RevisionVisitor visitor) {
        Checks.notNull(after, "after");
        Checks.notNull(visitor, "visitor");
        for (Map.Entry<Segment, NavigableMap<LocalDate, Map<String, Entry>>> seg
                : bySegment.entrySet()) {
            for (Map.Entry<LocalDate, Map<String, Entry>> day : seg.getValue().entrySet()) {
                for (Map.Entry<String, Entry> unit : day.getValue().entrySet()) {
                    for (ReportRevision r : unit.getValue().revisions) {
                        if (r.recordedAt().isAfter(after)) {
                            visitor.visit(seg.getKey(), unit.getKey(), day.getKey().toEpochDay(),
                                    r.report().count(), r.report().reportedAt(), r.recordedAt());
                        }
                    }
                }
            }
        }
    }

    private Entry entry(ReportKey key) {
        NavigableMap<LocalDate, Map<String, Entry>> days = bySegment.get(key.segment());
        Map<String, Entry> units = days == null ? null : days.get(key.asOf());
        return units == null ? null : units.get(key.unitCode());
    }
}
