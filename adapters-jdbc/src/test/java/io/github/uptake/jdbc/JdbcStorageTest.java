package io.github.uptake.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.ProblemsException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the JDBC adapter adds to the store contracts, on H2 and on PostgreSQL: atomic submissions
 * and lists of reference data, no revision lost under concurrent writers, bad data reported as
 * problems, and stores that join the caller's transaction ({@link JdbcStorage#joining}).
 */
class JdbcStorageTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T0 = Instant.parse("2020-08-15T08:00:00Z");

    static List<Arguments> databases() {
        return List.of(Arguments.of("h2", (Supplier<Databases.Fresh>) Databases::h2Memory),
                Arguments.of("h2-file", (Supplier<Databases.Fresh>) Databases::h2File),
                Arguments.of("postgresql", (Supplier<Databases.Fresh>) Databases::postgres));
    }

    private static Report report(String code, long count, Instant sent) {
        return Report.of(code, Segment.RESIDENTS, DAY, count, sent, "clerk", null);
    }

    private static int rows(Databases.Fresh db, String table) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM "
                     + db.options().table(table));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailureHalfwayThroughASubmissionLeavesNothingOfIt(String name,
                                                            Supplier<Databases.Fresh> fresh) {
        Databases.Fresh db = fresh.get();
        db.open().reportStore().submit(report("00001", 1, T0));
        List<Report> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(report(String.format("%05d", i + 2), i, T0));
        }
        // the second batch of 1000 revision rows fails, after the submission row and a first batch
        DataSource failing = failOnNthBatch(db.dataSource(), 2);
        ReportStore store = JdbcStorage.open(failing, db.options().withMigrationMode(
                MigrationMode.NONE)).reportStore();
        UptakeJdbcException e = assertThrows(UptakeJdbcException.class, () -> store.submit(
                new Submission("sub-1", "big.xlsx", "clerk", T0, many, 0)));
        assertTrue(e.getMessage().contains("storing submission sub-1"), e.getMessage());
        assertEquals("08006", e.sqlState());
        assertEquals(1, rows(db, "report_revision"), "only the earlier report is stored");
        assertEquals(0, rows(db, "submission"));
        SubmissionReceipt retry = db.open().reportStore().submit(
                new Submission("sub-1", "big.xlsx", "clerk", T0, many, 0));
        assertEquals(2500, retry.accepted());
        assertEquals(2501, rows(db, "report_revision"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailureHalfwayThroughReplacingACrosswalkKeepsTheOldOneWhole(String name,
                                                                     Supplier<Databases.Fresh> fresh) {
        Databases.Fresh db = fresh.get();
        HierarchyVersion.Builder ob = HierarchyVersion.builder("territorial", DAY)
                .root(Unit.of("80", UnitKind.PROVINCE, "Long An"));
        HierarchyVersion.Builder nb = HierarchyVersion.builder("territorial", DAY.plusYears(5))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tây Ninh"));
        for (int i = 0; i < 1500; i++) {
            String code = String.format("%05d", i);
            ob.add(Unit.of(code, UnitKind.COMMUNE, "Xã " + i), "80");
            nb.add(Unit.of(code, UnitKind.COMMUNE, "Xã " + i), "80");
        }
        HierarchyVersion before = ob.build();
        HierarchyVersion after = nb.build();
        List<Crosswalk.Piece> same = new ArrayList<>();
        List<Crosswalk.Piece> shifted = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            String code = String.format("%05d", i);
            same.add(Crosswalk.Piece.full(code, code));
            shifted.add(Crosswalk.Piece.full(code, String.format("%05d", (i + 1) % 1500)));
        }
        Crosswalk first = Crosswalk.validate(before, after, same, Set.of(), "first").value();
        db.open().crosswalkStore().saveCrosswalk(first);
        CrosswalkStore failing = JdbcStorage.open(failOnNthBatch(db.dataSource(), 2),
                db.options().withMigrationMode(MigrationMode.NONE)).crosswalkStore();
        Crosswalk second = Crosswalk.validate(before, after, shifted, Set.of(), "second").value();
        UptakeJdbcException e = assertThrows(UptakeJdbcException.class,
                () -> failing.saveCrosswalk(second));
        assertTrue(e.getMessage().contains("storing the crosswalk"), e.getMessage());
        Crosswalk back = db.open().crosswalkStore().crosswalk(before, after).orElseThrow();
        assertEquals("first", back.source());
        assertEquals(first.pieces(), back.pieces());
        assertEquals(1500, rows(db, "crosswalk_piece"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentWritersToTheSameUnitAndDayNeverLoseARevision(String name,
                                                                Supplier<Databases.Fresh> fresh)
            throws Exception {
        Databases.Fresh db = fresh.get();
        ReportStore store = db.open().reportStore();
        int threads = 8;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    Instant sent = T0.plusSeconds(thread * 1000L + i);
                    if (i % 3 == 0) {
                        store.submit(new Submission("t" + thread + "-" + i, "api", "thread " + thread,
                                sent, List.of(report("27685", thread * 100L + i, sent),
                                report("27688", thread * 100L + i, sent)), 0));
                    } else {
                        store.submit(report("27685", thread * 100L + i, sent));
                        store.submit(report("27688", thread * 100L + i, sent));
                    }
                    // an identical re-send from another thread must stay unchanged
                    store.submit(report("27685", 999_999, T0));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (String code : List.of("27685", "27688")) {
            List<ReportRevision> revs = store.revisions(new ReportKey(code, Segment.RESIDENTS, DAY));
            int expected = threads * perThread + (code.equals("27685") ? 1 : 0);
            assertEquals(expected, revs.size(), code + ": every distinct report is a revision");
            Set<Integer> numbers = new TreeSet<>();
            revs.forEach(r -> numbers.add(r.revision()));
            assertEquals(expected, numbers.size(), "revision numbers are unique");
            assertEquals(expected, ((TreeSet<Integer>) numbers).last(), "and contiguous");
            ReportRevision current = store.current(new ReportKey(code, Segment.RESIDENTS, DAY))
                    .orElseThrow();
            assertEquals((threads - 1) * 100L + perThread - 1, current.report().count(),
                    "the latest sent is current");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void valuesLongerThanTheirColumnsAreProblemsNamingTheRecord(String name,
                                                                Supplier<Databases.Fresh> fresh) {
        ReportStore store = fresh.get().open().reportStore();
        ProblemsException e = assertThrows(ProblemsException.class, () -> store.submitAll(List.of(
                report("00001", 1, T0),
                Report.of("00002", Segment.RESIDENTS, DAY, 1, T0, "x".repeat(201), null))));
        assertEquals(Optional.of("reports[1].reporter"), e.problems().get(0).location().field());
        assertTrue(store.revisions(new ReportKey("00001", Segment.RESIDENTS, DAY)).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailureHalfwayThroughAListOfDenominatorsOrVersionsLeavesNothingOfIt(String name,
            Supplier<Databases.Fresh> fresh) {
        Databases.Fresh db = fresh.get();
        LocalDate census = LocalDate.of(2019, 4, 1);
        Denominator kept = new Denominator("00000", Segment.RESIDENTS, 5, "census-2019", census);
        db.open().referenceStore().saveDenominator(kept);
        List<Denominator> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(new Denominator(String.format("%05d", i), Segment.RESIDENTS, i,
                    "census-2019", census));
        }
        ReferenceStore failing = JdbcStorage.open(failOnNthBatch(db.dataSource(), 2),
                db.options().withMigrationMode(MigrationMode.NONE)).referenceStore();
        UptakeJdbcException e = assertThrows(UptakeJdbcException.class,
                () -> failing.saveDenominators(many));
        assertTrue(e.getMessage().contains("storing 2500 denominators"), e.getMessage());
        assertEquals(List.of(kept), db.open().referenceStore().denominators(Segment.RESIDENTS));

        HierarchyVersion.Builder first = HierarchyVersion.builder("territorial", DAY)
                .root(Unit.of("80", UnitKind.PROVINCE, "Long An"));
        HierarchyVersion.Builder second = HierarchyVersion.builder("territorial",
                DAY.plusYears(5)).root(Unit.of("80", UnitKind.PROVINCE, "Tây Ninh"));
        for (int i = 0; i < 1500; i++) {
            first.add(Unit.of(String.format("%05d", i), UnitKind.COMMUNE, "Xã " + i), "80");
            second.add(Unit.of(String.format("%05d", i), UnitKind.COMMUNE, "Xã " + i), "80");
        }
        ReferenceStore failingAgain = JdbcStorage.open(failOnNthBatch(db.dataSource(), 3),
                db.options().withMigrationMode(MigrationMode.NONE)).referenceStore();
        // the second version's first batch of units fails, after the whole first version
        assertThrows(UptakeJdbcException.class, () -> failingAgain.saveVersions(List.of(
                first.build(), second.build())));
        assertEquals(0, rows(db, "hierarchy_unit"));
        assertEquals(0, rows(db, "hierarchy_version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void referenceValuesLongerThanTheirColumnsAreProblemsNamingTheElement(String name,
            Supplier<Databases.Fresh> fresh) {
        ReferenceStore store = fresh.get().open().referenceStore();
        LocalDate census = LocalDate.of(2019, 4, 1);
        ProblemsException e = assertThrows(ProblemsException.class, () -> store.saveDenominators(
                List.of(new Denominator("00001", Segment.RESIDENTS, 1, "census-2019", census),
                        new Denominator("00002", Segment.RESIDENTS, 1, "x".repeat(201), census))));
        assertEquals(Optional.of("denominators[1].source"),
                e.problems().get(0).location().field());
        assertEquals(List.of(), store.denominators(Segment.RESIDENTS));
        HierarchyVersion ok = HierarchyVersion.builder("territorial", DAY)
                .root(Unit.of("80", UnitKind.PROVINCE, "Long An")).build();
        HierarchyVersion tooLong = HierarchyVersion.builder("territorial", DAY.plusYears(5))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tây Ninh"))
                .add(Unit.of("00001", UnitKind.COMMUNE, "X".repeat(401)), "80").build();
        e = assertThrows(ProblemsException.class, () -> store.saveVersions(List.of(ok, tooLong)));
        assertEquals(Optional.of("versions[1].units[1].name"),
                e.problems().get(0).location().field());
        assertTrue(store.hierarchy("territorial").isEmpty());
    }

    /** A table of the host's own, beside Uptake's (in their schema: any schema serves here). */
    private static String hostTable(Databases.Fresh db) {
        String table = db.options().schema().map(s -> s + ".").orElse("") + "host_event";
        Databases.execute(db.dataSource(), "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)");
        return table;
    }

    private static void insertHostRow(Connection c, String table, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
            ps.setInt(1, id);
            ps.executeUpdate();
        }
    }

    private static int hostRows(Databases.Fresh db, String table) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Submission submission(String id, String... codes) {
        List<Report> reports = new ArrayList<>();
        for (String code : codes) {
            reports.add(report(code, 5, T0));
        }
        return new Submission(id, "api", "clerk", T0, reports, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inTheCallersTransactionTheHostsWriteAndASubmissionAreRolledBackTogether(String name,
            Supplier<Databases.Fresh> fresh) throws SQLException {
        Databases.Fresh db = fresh.get();
        JdbcStorage storage = db.open();
        String host = hostTable(db);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            insertHostRow(c, host, 1);
            JdbcStorage joined = storage.joining(c);
            assertEquals(2, joined.reportStore().submit(submission("sub-1", "00001", "00002"))
                    .accepted());
            assertEquals(1, joined.reportStore().revisions(
                    new ReportKey("00001", Segment.RESIDENTS, DAY)).size(), "seen inside");
            assertFalse(c.getAutoCommit(), "auto-commit left as the caller set it");
            assertEquals(0, rows(db, "submission"), "Uptake did not commit");
            c.rollback();
            c.setAutoCommit(true);
        }
        assertEquals(0, hostRows(db, host));
        assertEquals(0, rows(db, "submission"));
        assertEquals(0, rows(db, "report_revision"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inTheCallersTransactionTheHostsWriteAndASubmissionAreCommittedTogether(String name,
            Supplier<Databases.Fresh> fresh) throws SQLException {
        Databases.Fresh db = fresh.get();
        JdbcStorage storage = db.open();
        String host = hostTable(db);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            insertHostRow(c, host, 1);
            storage.joining(c).reportStore().submit(submission("sub-1", "00001", "00002"));
            assertEquals(0, hostRows(db, host), "nothing visible before the caller commits");
            c.commit();
            c.setAutoCommit(true);
        }
        assertEquals(1, hostRows(db, host));
        assertEquals(1, rows(db, "submission"));
        assertEquals(2, rows(db, "report_revision"));
        SubmissionReceipt again = storage.reportStore().submit(submission("sub-2", "00001",
                "00002"));
        assertEquals(Optional.of("sub-1"), again.duplicateOf(), "the same content, seen");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStoreCallFailingInTheCallersTransactionLeavesNothingOfItselfAndTheTransactionUsable(
            String name, Supplier<Databases.Fresh> fresh) throws SQLException {
        Databases.Fresh db = fresh.get();
        JdbcStorage storage = db.open();
        String host = hostTable(db);
        List<Report> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(report(String.format("%05d", i + 2), i, T0));
        }
        // the connection's second batch fails, after the submission row and a first batch
        try (Connection c = failOnNthBatch(db.dataSource(), 2).getConnection()) {
            c.setAutoCommit(false);
            insertHostRow(c, host, 1);
            UptakeJdbcException e = assertThrows(UptakeJdbcException.class, () -> storage
                    .joining(c).reportStore().submit(new Submission("sub-1", "big.xlsx", "clerk",
                            T0, many, 0)));
            assertEquals("08006", e.sqlState());
            // a real error of the database, which in PostgreSQL aborts the whole transaction
            // unless rolled back to a savepoint
            JdbcStorage noTables = JdbcStorage.open(db.dataSource(), db.options()
                    .withTablePrefix("missing_").withMigrationMode(MigrationMode.NONE));
            UptakeJdbcException missing = assertThrows(UptakeJdbcException.class,
                    () -> noTables.joining(c).reportStore().submit(report("00001", 1, T0)));
            assertTrue(missing.sqlState().startsWith("42"), missing.sqlState());
            insertHostRow(c, host, 2);
            storage.joining(c).reportStore().submit(report("00001", 1, T0));
            c.commit();
            c.setAutoCommit(true);
        }
        assertEquals(2, hostRows(db, host), "the host's writes, committed");
        assertEquals(0, rows(db, "submission"), "nothing of the failed submission");
        assertEquals(1, rows(db, "report_revision"), "only the report sent after it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void joiningAConnectionInAutoCommitModeIsRefused(String name, Supplier<Databases.Fresh> fresh)
            throws SQLException {
        Databases.Fresh db = fresh.get();
        JdbcStorage storage = db.open();
        try (Connection c = db.dataSource().getConnection()) {
            assertTrue(c.getAutoCommit());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> storage.joining(c).reportStore().submit(report("00001", 1, T0)));
            assertTrue(e.getMessage().contains("auto-commit"), e.getMessage());
        }
        assertEquals(0, rows(db, "report_revision"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentCallersTransactionsOnTheSameUnitAndDayNeverLoseARevision(String name,
            Supplier<Databases.Fresh> fresh) throws Exception {
        Databases.Fresh db = fresh.get();
        JdbcStorage storage = db.open();
        int threads = 4;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    try (Connection c = db.dataSource().getConnection()) {
                        c.setAutoCommit(false);
                        Instant sent = T0.plusSeconds(thread * 1000L + i);
                        storage.joining(c).reportStore().submit(report("27685",
                                thread * 100L + i, sent));
                        c.commit();
                        c.setAutoCommit(true);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<ReportRevision> revs = storage.reportStore().revisions(
                new ReportKey("27685", Segment.RESIDENTS, DAY));
        Set<Integer> numbers = new TreeSet<>();
        revs.forEach(r -> numbers.add(r.revision()));
        assertEquals(threads * perThread, numbers.size(), "every report a revision, numbers unique");
        assertEquals(threads * perThread, ((TreeSet<Integer>) numbers).last(), "and contiguous");
    }

    /**
     * A data source whose statements fail on the n-th executeBatch, like a dropped connection. Its
     * connections hide their driver, so that PostgreSQL too writes reports in batches, not COPY.
     */
    static DataSource failOnNthBatch(DataSource target, int n) {
        int[] batches = {0};
        InvocationHandler statement = null;
        return (DataSource) Proxy.newProxyInstance(JdbcStorageTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (method.getName().equals("getConnection")) {
                        Connection c = (Connection) result;
                        return Proxy.newProxyInstance(JdbcStorageTest.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, (p2, m2, a2) -> {
                                    if (m2.getName().equals("isWrapperFor")) {
                                        // hides the driver: PostgreSQL then takes the batch
                                        // path (whose batches are counted), not COPY
                                        return false;
                                    }
                                    Object r2 = invoke(c, m2, a2);
                                    if (m2.getName().equals("prepareStatement")) {
                                        PreparedStatement ps = (PreparedStatement) r2;
                                        return Proxy.newProxyInstance(
                                                JdbcStorageTest.class.getClassLoader(),
                                                new Class<?>[] {PreparedStatement.class},
                                                (p3, m3, a3) -> {
                                                    if (m3.getName().equals("executeBatch")
                                                            && ++batches[0] == n) {
                                                        throw new SQLException("injected failure",
                                                                "08006");
                                                    }
                                                    return invoke(ps, m3, a3);
                                                });
                                    }
                                    return r2;
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
            throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
