package io.github.uptake.jdbc;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A {@link ReportStore} in the tables of a database: every revision is a row that is only ever
 * inserted; the current revision of a key is chosen when reading, by
 * {@link Report#REVISION_ORDER}, so concurrent writers need no locks. Two writers that add a
 * revision to the same key at once collide on its primary key and one of them retries.
 * This class is thread-safe.
 */
final class JdbcReportStore implements ReportStore {
    private static final int FETCH_SIZE = 10_000;
    private static final int POINT_LOOKUPS = 64;
    /** From this many new revisions on, PostgreSQL is written with COPY (PgCopyRevisions). */
    static final int COPY_FROM = 1_000;
    private static final String COLUMNS = "unit_code, segment_id, as_of, revision, people,"
            + " reported_at, reporter, source_ref, recorded_at, submission_id, previous_people";

    private final Transactions tx;
    private final Clock clock;
    private final String revisions;
    private final String submissions;
    private final String segments;
    private final boolean copy;

    JdbcReportStore(Transactions tx, JdbcOptions options, Clock clock) {
        this(tx, options, clock, true);
    }

    /** As above; {@code copy} false keeps the batch path on PostgreSQL too (for comparisons). */
    JdbcReportStore(Transactions tx, JdbcOptions options, Clock clock, boolean copy) {
        this.copy = copy;
        this.tx = tx;
        this.clock = clock;
        this.revisions = options.table("report_revision");
        this.submissions = options.table("submission");
        this.segments = options.table("segment");
    }

    @Override
    public SubmitResult submit(Report report) {
        Objects.requireNonNull(report, "report");
        checkLengths(List.of(report), "");
        return tx.inTransaction("storing 1 report", c -> store(c, List.of(report), null)).get(0);
    }

    @Override
    public List<SubmitResult> submitAll(List<Report> reports) {
        Objects.requireNonNull(reports, "reports");
        for (int i = 0; i < reports.size(); i++) {
            Objects.requireNonNull(reports.get(i), "reports[" + i + "]");
        }
        checkLengths(reports, "reports");
        return tx.inTransaction("storing " + reports.size() + " report(s)",
                c -> store(c, reports, null));
    }

    @Override
    public SubmissionReceipt submit(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        checkSubmissionLengths(submission);
        checkLengths(submission.reports(), "reports");
        String hash = submission.contentHash();
        return tx.inTransaction("storing submission " + submission.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT submission_id, content_hash FROM "
                    + submissions + " WHERE content_hash = ? OR submission_id = ?")) {
                ps.setString(1, hash);
                ps.setString(2, submission.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(2).equals(hash)) {
                            return SubmissionReceipt.duplicate(submission, hash, rs.getString(1));
                        }
                        throw new IllegalArgumentException("submission id " + submission.id()
                                + " was already used for other content");
                    }
                }
            }
            List<Report> reports = submission.reports();
            Plan plan = plan(c, reports, submission.id());
            SubmissionReceipt receipt = SubmissionReceipt.stored(submission, hash, plan.results);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + submissions
                    + " (submission_id, content_hash, source, submitted_by, submitted_at, accepted,"
                    + " unchanged, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, submission.id());
                ps.setString(2, hash);
                ps.setString(3, submission.source());
                ps.setString(4, submission.submittedBy());
                ps.setObject(5, time(submission.submittedAt()));
                ps.setInt(6, receipt.accepted());
                ps.setInt(7, receipt.unchanged());
                ps.setInt(8, receipt.rejected());
                ps.executeUpdate();
            }
            insert(c, plan);
            return receipt;
        });
    }

    /** What a batch will write: the result of each report and the new revisions. */
    private record Plan(List<SubmitResult> results, List<ReportRevision> inserts,
                        Set<Segment> segments) {
    }

    private List<SubmitResult> store(Connection c, List<Report> reports, String submissionId)
            throws SQLException {
        Plan plan = plan(c, reports, submissionId);
        insert(c, plan);
        return plan.results;
    }

    private Plan plan(Connection c, List<Report> reports, String submissionId)
            throws SQLException {
        Map<ReportKey, List<ReportRevision>> existing = load(c, reports);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<SubmitResult> results = new ArrayList<>(reports.size());
        List<ReportRevision> inserts = new ArrayList<>();
        Set<Segment> seen = new LinkedHashSet<>();
        for (Report report : reports) {
            seen.add(report.segment());
            List<ReportRevision> revs = existing.computeIfAbsent(report.key(),
                    k -> new ArrayList<>());
            ReportRevision current = current(revs);
            ReportRevision identical = null;
            for (ReportRevision r : revs) {
                if (r.report().sameAs(report)) {
                    identical = r;
                    break;
                }
            }
            if (identical != null) {
                results.add(new SubmitResult(report.key(), SubmitOutcome.UNCHANGED,
                        identical.revision(), current));
                continue;
            }
            ReportRevision rev = new ReportRevision(report, revs.size() + 1, now,
                    Optional.ofNullable(submissionId), current == null ? OptionalLong.empty()
                    : OptionalLong.of(current.report().count()));
            revs.add(rev);
            inserts.add(rev);
            results.add(new SubmitResult(report.key(), rev.revision() == 1 ? SubmitOutcome.ADDED
                    : SubmitOutcome.REVISED, rev.revision(), current(revs)));
        }
        return new Plan(results, inserts, seen);
    }

    private void insert(Connection c, Plan plan) throws SQLException {
        ensureSegments(c, plan.segments);
        if (plan.inserts.isEmpty()) {
            return;
        }
        if (copy && plan.inserts.size() >= COPY_FROM && PgCopyRevisions.usable(c)) {
            PgCopyRevisions.write(c, revisions, COLUMNS, plan.inserts);
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + revisions + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (ReportRevision r : plan.inserts) {
                Report rep = r.report();
                ps.setString(1, rep.unitCode());
                ps.setString(2, rep.segment().id());
                ps.setObject(3, rep.asOf());
                ps.setInt(4, r.revision());
                ps.setLong(5, rep.count());
                ps.setObject(6, time(rep.reportedAt()));
                ps.setString(7, rep.reporter());
                ps.setString(8, rep.sourceRef().orElse(""));
                ps.setObject(9, time(r.recordedAt()));
                ps.setString(10, r.submissionId().orElse(null));
                if (r.previousCount().isEmpty()) {
                    ps.setNull(11, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(11, r.previousCount().getAsLong());
                }
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void ensureSegments(Connection c, Set<Segment> wanted) throws SQLException {
        for (Segment s : wanted) {
            boolean present;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + segments
                    + " WHERE segment_id = ?")) {
                ps.setString(1, s.id());
                try (ResultSet rs = ps.executeQuery()) {
                    present = rs.next();
                }
            }
            if (!present) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + segments
                        + " (segment_id) VALUES (?)")) {
                    ps.setString(1, s.id());
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Loads the stored revisions of the batch's keys: point lookups for a few, a range for many. */
    private Map<ReportKey, List<ReportRevision>> load(Connection c, List<Report> reports)
            throws SQLException {
        Set<ReportKey> keys = new LinkedHashSet<>();
        for (Report r : reports) {
            keys.add(r.key());
        }
        Map<ReportKey, List<ReportRevision>> out = new HashMap<>();
        if (keys.size() <= POINT_LOOKUPS) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM "
                    + revisions + " WHERE unit_code = ? AND segment_id = ? AND as_of = ?"
                    + " ORDER BY revision")) {
                for (ReportKey k : keys) {
                    ps.setString(1, k.unitCode());
                    ps.setString(2, k.segment().id());
                    ps.setObject(3, k.asOf());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(k, x -> new ArrayList<>()).add(revision(rs));
                        }
                    }
                }
            }
            return out;
        }
        Map<Segment, LocalDate[]> ranges = new HashMap<>();
        for (ReportKey k : keys) {
            LocalDate[] r = ranges.computeIfAbsent(k.segment(), s -> new LocalDate[] {k.asOf(),
                k.asOf()});
            r[0] = k.asOf().isBefore(r[0]) ? k.asOf() : r[0];
            r[1] = k.asOf().isAfter(r[1]) ? k.asOf() : r[1];
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + revisions
                + " WHERE segment_id = ? AND as_of BETWEEN ? AND ? ORDER BY revision")) {
            ps.setFetchSize(FETCH_SIZE);
            for (Map.Entry<Segment, LocalDate[]> e : ranges.entrySet()) {
                ps.setString(1, e.getKey().id());
                ps.setObject(2, e.getValue()[0]);
                ps.setObject(3, e.getValue()[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ReportRevision r = revision(rs);
                        if (keys.contains(r.report().key())) {
                            out.computeIfAbsent(r.report().key(), x -> new ArrayList<>()).add(r);
                        }
                    }
                }
            }
        }
        return out;
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
        return Optional.ofNullable(current(revisions(key)));
    }

    @Override
    public List<ReportRevision> revisions(ReportKey key) {
        return tx.inTransaction("reading the revisions of " + key, c -> {
            List<ReportRevision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM "
                    + revisions + " WHERE unit_code = ? AND segment_id = ? AND as_of = ?"
                    + " ORDER BY revision")) {
                ps.setString(1, key.unitCode());
                ps.setString(2, key.segment().id());
                ps.setObject(3, key.asOf());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(revision(rs));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public void forEachCurrent(Segment segment, LocalDate from, LocalDate to,
                               ReportVisitor visitor) {
        scan(segment, from, to, null, visitor, null);
    }

    @Override
    public void forEachCurrentKnownAt(Segment segment, LocalDate from, LocalDate to,
                                      Instant knownAt, ReportVisitor visitor) {
        scan(segment, from, to, knownAt, visitor, null);
    }

    @Override
    public void forEachArrival(Segment segment, LocalDate from, LocalDate to,
                               ArrivalVisitor visitor) {
        scan(segment, from, to, null, null, visitor);
    }

    /**
     * Reads the revisions recorded after the moment through the index by recording time (every
     * revision from {@link Instant#EPOCH} on, without a condition).
     */
    @Override
    public void forEachRevisionRecordedAfter(Instant after, RevisionVisitor visitor) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(visitor, "visitor");
        boolean all = !after.isAfter(Instant.EPOCH);
        tx.inTransaction("reading the revisions recorded after " + after, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT segment_id, unit_code, as_of,"
                    + " people, reported_at, recorded_at FROM " + revisions
                    + (all ? "" : " WHERE recorded_at > ?"))) {
                ps.setFetchSize(FETCH_SIZE);
                if (!all) {
                    ps.setObject(1, time(after));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    String segmentId = null;
                    Segment segment = null;
                    while (rs.next()) {
                        String seg = rs.getString(1);
                        if (!seg.equals(segmentId)) {
                            segmentId = seg;
                            segment = Segment.of(seg);
                        }
                        visitor.visit(segment, rs.getString(2), rs.getObject(3, LocalDate.class)
                                .toEpochDay(), rs.getLong(4), rs.getObject(5,
                                OffsetDateTime.class).toInstant(), rs.getObject(6,
                                OffsetDateTime.class).toInstant());
                    }
                }
            }
            return null;
        });
    }

    /**
     * Streams the revisions of a segment and range of days in key order (the order of the index)
     * and reduces each key's rows to its current figure or its first arrival.
     */
    private void scan(Segment segment, LocalDate from, LocalDate to, Instant knownAt,
                      ReportVisitor current, ArrivalVisitor arrival) {
        if (from.isAfter(to)) {
            return;
        }
        tx.inTransaction("reading " + segment + " figures from " + from + " to " + to, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT as_of, unit_code, people,"
                    + " reported_at, reporter, source_ref FROM " + revisions
                    + " WHERE segment_id = ? AND as_of BETWEEN ? AND ?"
                    + (knownAt == null ? "" : " AND recorded_at <= ?")
                    + " ORDER BY segment_id, as_of, unit_code")) {
                ps.setFetchSize(FETCH_SIZE);
                ps.setString(1, segment.id());
                ps.setObject(2, from);
                ps.setObject(3, to);
                if (knownAt != null) {
                    ps.setObject(4, time(knownAt));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    reduce(rs, segment, current, arrival);
                }
            }
            return null;
        });
    }

    private static void reduce(ResultSet rs, Segment segment, ReportVisitor current,
                               ArrivalVisitor arrival) throws SQLException {
        String unit = null;
        long day = 0;
        Report best = null;
        Instant first = null;
        while (rs.next()) {
            LocalDate asOf = rs.getObject(1, LocalDate.class);
            String code = rs.getString(2);
            long d = asOf.toEpochDay();
            if (unit != null && (d != day || !code.equals(unit))) {
                emit(unit, day, best, first, current, arrival);
                best = null;
                first = null;
            }
            unit = code;
            day = d;
            Instant sent = rs.getObject(4, OffsetDateTime.class).toInstant();
            String source = rs.getString(6);
            Report r = Report.of(code, segment, asOf, rs.getLong(3), sent, rs.getString(5),
                    source.isEmpty() ? null : source);
            if (best == null || Report.REVISION_ORDER.compare(r, best) > 0) {
                best = r;
            }
            if (first == null || sent.isBefore(first)) {
                first = sent;
            }
        }
        if (unit != null) {
            emit(unit, day, best, first, current, arrival);
        }
    }

    private static void emit(String unit, long day, Report best, Instant first,
                             ReportVisitor current, ArrivalVisitor arrival) {
        if (current != null) {
            current.visit(unit, day, best.count());
        }
        if (arrival != null) {
            arrival.visit(unit, day, first);
        }
    }

    private static ReportRevision revision(ResultSet rs) throws SQLException {
        String source = rs.getString(8);
        long previous = rs.getLong(11);
        OptionalLong prev = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(previous);
        Report report = Report.of(rs.getString(1), Segment.of(rs.getString(2)),
                rs.getObject(3, LocalDate.class), rs.getLong(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
                source.isEmpty() ? null : source);
        return new ReportRevision(report, rs.getInt(4),
                rs.getObject(9, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getString(10)), prev);
    }

    static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Refuses a submission whose source or submitter is longer than its column (the port's
     * limits), as problems naming the field; never cut to fit.
     */
    private static void checkSubmissionLengths(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        if (submission.source().length() > MAX_SUBMISSION_SOURCE_LENGTH) {
            problems.add(Problem.error("submission.source-length", Location.field("source"),
                    submission.source(), "Nguồn của lần gửi dài quá "
                            + MAX_SUBMISSION_SOURCE_LENGTH + " ký tự.", "The submission's source"
                            + " is longer than " + MAX_SUBMISSION_SOURCE_LENGTH + " characters."));
        }
        if (submission.submittedBy().length() > MAX_SUBMITTED_BY_LENGTH) {
            problems.add(Problem.error("submission.submitted-by-length",
                    Location.field("submittedBy"), submission.submittedBy(), "Người gửi dài quá "
                            + MAX_SUBMITTED_BY_LENGTH + " ký tự.", "The submitter is longer than "
                            + MAX_SUBMITTED_BY_LENGTH + " characters."));
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException("submission " + submission.id(), problems);
        }
    }

    /**
     * Refuses, as problems naming the record, values longer than their columns (the port's
     * limits): {@code reporter} for a report alone, {@code reports[3].reporter} under a prefix.
     */
    private static void checkLengths(List<Report> reports, String prefix) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
            if (r.reporter().length() > MAX_REPORTER_LENGTH) {
                problems.add(Problem.error("report.reporter-length",
                        Location.field(at + "reporter"), r.reporter(),
                        "Tên người gửi dài quá " + MAX_REPORTER_LENGTH + " ký tự.",
                        "The reporter is longer than " + MAX_REPORTER_LENGTH + " characters."));
            }
            String sourceRef = r.sourceRef().orElse("");
            if (sourceRef.length() > MAX_SOURCE_REF_LENGTH) {
                problems.add(Problem.error("report.source-length",
                        Location.field(at + "sourceRef"), sourceRef,
                        "Nguồn số liệu dài quá " + MAX_SOURCE_REF_LENGTH + " ký tự.",
                        "The source reference is longer than " + MAX_SOURCE_REF_LENGTH
                                + " characters."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException("reports", problems);
        }
    }
}
