package io.github.uptake.testkit;

import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.port.ArrivalVisitor;
import io.github.uptake.port.RevisionVisitor;
import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportVisitor;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A report store, written plainly in memory, that keeps every rule of {@link ReportStore} but the
 * one its {@link Fault} names: the broken stores the contract must catch, each differing from a
 * correct store ({@link Fault#NONE}) in exactly one rule.
 *
 * <p>Thread-safe, one lock over everything, except with {@link Fault#NO_LOCK}.
 */
final class FaultyReportStore implements ReportStore {

    /** The one rule a store breaks. */
    enum Fault {
        /** None: the store keeps every rule, and passes the contract. */
        NONE,
        /** A batch is checked and stored report by report, so a refusal leaves what came before. */
        PIECEMEAL_BATCHES,
        /** "Unchanged" is checked against the current revision only, not against every one. */
        UNCHANGED_AGAINST_CURRENT_ONLY,
        /** {@code recordedAt} keeps the clock's nanoseconds, not cut to microseconds. */
        RECORDED_AT_NOT_CUT,
        /** {@code previousCount} is the count of the last revision to arrive, not the current. */
        PREVIOUS_COUNT_FROM_LAST_ARRIVAL,
        /** No locking at all: concurrent submissions race. */
        NO_LOCK,
        /** {@code revisions()} are sorted by {@link Report#REVISION_ORDER}, not by arrival. */
        REVISIONS_SORTED,
        /** A submission id already used is accepted again for other content. */
        SUBMISSION_ID_REUSED,
        /** Reporters and sources past their limits are accepted. */
        LIMITS_IGNORED
    }

    private final Fault fault;
    private final Object lock = new Object();
    private final Map<ReportKey, List<ReportRevision>> byKey = new HashMap<>();
    private final Map<String, String> idByHash = new HashMap<>();

    /**
     * Creates an empty store with a fault.
     *
     * @param fault  the rule it breaks, {@link Fault#NONE} for none, not null
     */
    FaultyReportStore(Fault fault) {
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    private <T> T locked(Supplier<T> work) {
        if (fault == Fault.NO_LOCK) {
            return work.get();
        }
        synchronized (lock) {
            return work.get();
        }
    }

    @Override
    public SubmitResult submit(Report report) {
        Objects.requireNonNull(report, "report");
        return locked(() -> {
            refuseTooLong(List.of(report), "");
            return store(report, null);
        });
    }

    @Override
    public List<SubmitResult> submitAll(List<Report> reports) {
        Objects.requireNonNull(reports, "reports");
        return locked(() -> storeAll(reports, null));
    }

    @Override
    public SubmissionReceipt submit(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        return locked(() -> {
            if (fault != Fault.LIMITS_IGNORED) {
                List<Problem> own = new ArrayList<>();
                if (submission.source().length() > MAX_SUBMISSION_SOURCE_LENGTH) {
                    own.add(Problem.error("submission.source-length", Location.field("source"),
                            submission.source(), "Nguồn quá dài.", "The source is too long."));
                }
                if (submission.submittedBy().length() > MAX_SUBMITTED_BY_LENGTH) {
                    own.add(Problem.error("submission.submitted-by-length",
                            Location.field("submittedBy"), submission.submittedBy(),
                            "Người gửi quá dài.", "The submitter is too long."));
                }
                refuseIfAny(own);
            }
            if (fault != Fault.PIECEMEAL_BATCHES) {
                refuseTooLong(submission.reports(), "reports");
            }
            String hash = submission.contentHash();
            String earlier = idByHash.get(hash);
            if (earlier != null) {
                return SubmissionReceipt.duplicate(submission, hash, earlier);
            }
            if (fault != Fault.SUBMISSION_ID_REUSED && idByHash.containsValue(submission.id())) {
                throw new IllegalArgumentException("submission id " + submission.id()
                        + " was already used for other content");
            }
            List<SubmitResult> results = storeAll(submission.reports(), submission.id());
            idByHash.put(hash, submission.id());
            return SubmissionReceipt.stored(submission, hash, results);
        });
    }

    private List<SubmitResult> storeAll(List<Report> reports, String submissionId) {
        if (fault != Fault.PIECEMEAL_BATCHES) {
            for (int i = 0; i < reports.size(); i++) {
                Objects.requireNonNull(reports.get(i), "reports[" + i + "]");
            }
            refuseTooLong(reports, "reports");
        }
        List<SubmitResult> out = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (fault == Fault.PIECEMEAL_BATCHES) {
                Objects.requireNonNull(r, "reports[" + i + "]");
                refuseTooLong(r, "reports[" + i + "].");
            }
            out.add(store(r, submissionId));
        }
        return out;
    }

    private void refuseTooLong(List<Report> reports, String prefix) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
            problems.addAll(tooLong(reports.get(i), at));
        }
        refuseIfAny(problems);
    }

    private void refuseTooLong(Report report, String at) {
        refuseIfAny(tooLong(report, at));
    }

    private List<Problem> tooLong(Report r, String at) {
        List<Problem> problems = new ArrayList<>();
        if (fault == Fault.LIMITS_IGNORED) {
            return problems;
        }
        if (r.reporter().length() > MAX_REPORTER_LENGTH) {
            problems.add(Problem.error("report.reporter-length", Location.field(at + "reporter"),
                    r.reporter(), "Tên người gửi quá dài.", "The reporter is too long."));
        }
        String sourceRef = r.sourceRef().orElse("");
        if (sourceRef.length() > MAX_SOURCE_REF_LENGTH) {
            problems.add(Problem.error("report.source-length", Location.field(at + "sourceRef"),
                    sourceRef, "Nguồn số liệu quá dài.", "The source is too long."));
        }
        return problems;
    }

    private static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemsException("reports", problems);
        }
    }

    private SubmitResult store(Report report, String submissionId) {
        List<ReportRevision> revs = byKey.computeIfAbsent(report.key(), k -> new ArrayList<>());
        ReportRevision current = current(revs);
        List<ReportRevision> compared = fault == Fault.UNCHANGED_AGAINST_CURRENT_ONLY
                ? (current == null ? List.of() : List.of(current)) : revs;
        for (ReportRevision r : compared) {
            if (r.report().sameAs(report)) {
                return new SubmitResult(report.key(), SubmitOutcome.UNCHANGED, r.revision(),
                        current);
            }
        }
        ReportRevision before = fault == Fault.PREVIOUS_COUNT_FROM_LAST_ARRIVAL
                ? (revs.isEmpty() ? null : revs.get(revs.size() - 1)) : current;
        int number = revs.size() + 1;
        ReportRevision rev = new ReportRevision(report, number, now(),
                Optional.ofNullable(submissionId), before == null ? OptionalLong.empty()
                : OptionalLong.of(before.report().count()));
        revs.add(rev);
        return new SubmitResult(report.key(), number == 1 ? SubmitOutcome.ADDED
                : SubmitOutcome.REVISED, number, current(revs));
    }

    /** The time of recording: a clock with digits below the microsecond, as on Linux. */
    private Instant now() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS).plusNanos(789);
        return fault == Fault.RECORDED_AT_NOT_CUT ? t : t.truncatedTo(ChronoUnit.MICROS);
    }

    private static ReportRevision current(List<ReportRevision> revs) {
        ReportRevision best = null;
        for (ReportRevision r : revs) {
            if (best == null || Report.REVISION_ORDER.compare(r.report(), best.report()) > 0) {
                best = r;
            }
        }
        return best;
    }

    @Override
    public Optional<ReportRevision> current(ReportKey key) {
        return locked(() -> Optional.ofNullable(current(byKey.getOrDefault(key, List.of()))));
    }

    @Override
    public List<ReportRevision> revisions(ReportKey key) {
        return locked(() -> {
            List<ReportRevision> out = new ArrayList<>(byKey.getOrDefault(key, List.of()));
            if (fault == Fault.REVISIONS_SORTED) {
                out.sort((a, b) -> Report.REVISION_ORDER.compare(a.report(), b.report()));
            }
            return List.copyOf(out);
        });
    }

    /** Receives the revisions of one key. */
    @FunctionalInterface
    private interface KeyVisitor {
        void visit(ReportKey key, List<ReportRevision> revisions);
    }

    private void forEachKey(Segment segment, LocalDate from, LocalDate to, KeyVisitor visitor) {
        locked(() -> {
            for (Map.Entry<ReportKey, List<ReportRevision>> e : byKey.entrySet()) {
                ReportKey k = e.getKey();
                if (k.segment().equals(segment) && !k.asOf().isBefore(from)
                        && !k.asOf().isAfter(to) && !e.getValue().isEmpty()) {
                    visitor.visit(k, e.getValue());
                }
            }
            return null;
        });
    }

    @Override
    public void forEachCurrent(Segment segment, LocalDate from, LocalDate to,
                               ReportVisitor visitor) {
        forEachKey(segment, from, to, (k, revs) -> visitor.visit(k.unitCode(),
                k.asOf().toEpochDay(), current(revs).report().count()));
    }

    @Override
    public void forEachCurrentKnownAt(Segment segment, LocalDate from, LocalDate to,
                                      Instant knownAt, ReportVisitor visitor) {
        forEachKey(segment, from, to, (k, revs) -> {
            List<ReportRevision> known = revs.stream()
                    .filter(r -> !r.recordedAt().isAfter(knownAt)).toList();
            if (!known.isEmpty()) {
                visitor.visit(k.unitCode(), k.asOf().toEpochDay(),
                        current(known).report().count());
            }
        });
    }

    @Override
    public void forEachArrival(Segment segment, LocalDate from, LocalDate to,
                               ArrivalVisitor visitor) {
        forEachKey(segment, from, to, (k, revs) -> visitor.visit(k.unitCode(),
                k.asOf().toEpochDay(), revs.stream().map(r -> r.report().reportedAt())
                        .min(Instant::compareTo).orElseThrow()));
    }

    @Override
    public void forEachRevisionRecordedAfter(Instant after, RevisionVisitor visitor) {
        locked(() -> {
            for (Map.Entry<ReportKey, List<ReportRevision>> e : byKey.entrySet()) {
                ReportKey k = e.getKey();
                for (ReportRevision r : e.getValue()) {
                    if (r.recordedAt().isAfter(after)) {
                        visitor.visit(k.segment(), k.unitCode(), k.asOf().toEpochDay(),
                                r.report().count(), r.report().reportedAt(), r.recordedAt());
                    }
                }
            }
            return null;
        });
    }
}
