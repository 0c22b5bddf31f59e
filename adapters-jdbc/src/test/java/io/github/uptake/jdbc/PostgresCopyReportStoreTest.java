package io.github.uptake.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.port.ReportStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the report store writes large batches with COPY through a staging table; these
 * tests load the same generated reports through COPY and through the JDBC batch path into two
 * schemas and compare the receipts and every table, and show that a failure leaves nothing.
 */
class PostgresCopyReportStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00.123456Z"),
            ZoneOffset.UTC);
    private static final Instant SENT = Instant.parse("2026-02-01T00:00:00Z");

    private record Side(Databases.Fresh db, ReportStore store) {
    }

    private static Side side(boolean copy) {
        Databases.Fresh db = Databases.postgres();
        db.open();
        return new Side(db, new JdbcReportStore(Transactions.owning(db.dataSource(),
                db.options().maxAttempts()), db.options(), CLOCK, copy));
    }

    /** Reports of units U0000.., three segments, a few days; odd text in reporter and source. */
    private static List<Report> generated(int n, long seed, int corrected) {
        Random random = new Random(seed);
        Segment[] segments = {Segment.RESIDENTS, Segment.STAFF, Segment.of("guests")};
        String[] odd = {"Nguyễn Văn A", "tab\there", "back\\slash", "line\nbreak", "cr\rx",
            "\\N", "plain"};
        List<Report> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String unit = String.format("U%05d", i / 6);
            Segment s = segments[i % 3];
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays((i / 3) % 2);
            long count = i * 7L + (i < corrected ? 1 : 0);
            Instant sent = SENT.plusNanos((i % 5) * 1_000L + (i < corrected ? 1_000_000 : 0));
            String reporter = odd[random.nextInt(odd.length)];
            String source = i % 4 == 0 ? null : odd[(i + 3) % odd.length];
            out.add(Report.of(unit, s, day, count, sent, reporter, source));
        }
        return out;
    }

    private static SubmissionReceipt load(ReportStore store, String id, List<Report> reports) {
        return store.submit(new Submission(id, "file.csv", "clerk", SENT, reports, 0));
    }

    @Test
    void copyStoresExactlyWhatTheBatchPathStores() throws SQLException {
        Side copy = side(true);
        Side batch = side(false);
        try (Connection c = copy.db.dataSource().getConnection()) {
            assertTrue(PgCopyRevisions.usable(c), "COPY is used on this PostgreSQL");
        }
        List<Report> first = generated(4_000, 1, 0);
        assertTrue(first.size() >= JdbcReportStore.COPY_FROM);
        assertEquals(load(batch.store, "s1", first), load(copy.store, "s1", first));
        // Corrections: the first 1.500 revised, the rest unchanged, and one key twice in a row
        // (the later one a revision of the earlier within the batch).
        List<Report> second = new ArrayList<>(generated(4_000, 1, 1_500));
        Report twice = second.get(0);
        second.add(Report.of(twice.unitCode(), twice.segment(), twice.asOf(), twice.count() + 5,
                twice.reportedAt().plusSeconds(1), twice.reporter(), null));
        second.add(twice);
        SubmissionReceipt expected = load(batch.store, "s2", second);
        assertEquals(expected, load(copy.store, "s2", second));
        assertEquals(1_501, expected.accepted());
        assertEquals(tables(batch.db), tables(copy.db));
        assertEquals(4_000 + 1_501, tables(copy.db).get(0).size());
    }

    @Test
    void aFailureAfterTheCopyLeavesNothing() throws SQLException {
        Side copy = side(true);
        load(copy.store, "s1", generated(2_000, 2, 0));
        List<List<String>> before = tables(copy.db);
        String revisions = copy.db.options().table("report_revision");
        try (Connection c = copy.db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION " + copy.db.options().table("refuse")
                    + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.unit_code ="
                    + " 'U00100' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON " + revisions
                    + " FOR EACH ROW EXECUTE FUNCTION " + copy.db.options().table("refuse") + "()");
        }
        List<Report> more = generated(3_000, 2, 1_000);
        assertTrue(more.get(600).unitCode().equals("U00100"), "a refused row is among the new");
        assertThrows(RuntimeException.class, () -> load(copy.store, "s2", more));
        assertEquals(before, tables(copy.db));
    }

    /** Every row of the revision, submission and segment tables, as text, in key order. */
    private static List<List<String>> tables(Databases.Fresh db) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            out.add(rows(s, "SELECT unit_code, segment_id, as_of, revision, people, reported_at,"
                    + " reporter, source_ref, recorded_at, submission_id, previous_people FROM "
                    + db.options().table("report_revision") + " ORDER BY 1, 2, 3, 4"));
            out.add(rows(s, "SELECT * FROM " + db.options().table("submission")
                    + " ORDER BY submission_id"));
            out.add(rows(s, "SELECT * FROM " + db.options().table("segment")
                    + " ORDER BY segment_id"));
        }
        return out;
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
