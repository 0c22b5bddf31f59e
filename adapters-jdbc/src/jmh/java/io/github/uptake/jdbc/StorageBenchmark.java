package io.github.uptake.jdbc;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.testing.VietnamUnits;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Storage at national scale on H2 (file) and PostgreSQL (embedded): ingesting daily reports of every
 * commune of the real 2020 tree through the adapter, beside a plain JDBC batch insert of the same
 * rows into a table with the same key (the baseline), and reading a snapshot's latest figures.
 *
 * <p>Each ingest operation loads {@code days} days (10.619 reports a day, one submission per day)
 * into an empty database made fresh before it; it is measured once per iteration.
 */
@State(Scope.Benchmark)
@Fork(1)
public class StorageBenchmark {
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"30"})
    public int days;

    private HierarchyVersion tree;
    private List<List<Report>> daysOfReports;
    private Databases.Fresh fresh;
    private JdbcStorage loaded;

    /** Builds the tree, the reports, and a database loaded with them for the reads. */
    @Setup(Level.Trial)
    public void setUp() {
        tree = VietnamUnits.tree2020();
        daysOfReports = new ArrayList<>();
        int[] leaves = tree.leafOrdinals();
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST.plusDays(d);
            Instant sent = day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
            List<Report> batch = new ArrayList<>(leaves.length);
            for (int leaf : leaves) {
                batch.add(Report.of(tree.unitAt(leaf).code(), Segment.RESIDENTS, day,
                        leaf * 7L + d * 13L, sent, "province", null));
            }
            daysOfReports.add(batch);
        }
        loaded = fresh().open();
        ingest(loaded);
    }

    /** Makes an empty database before each ingest. */
    @Setup(Level.Iteration)
    public void emptyDatabase() {
        fresh = fresh();
    }

    private Databases.Fresh fresh() {
        return db.equals("h2") ? Databases.h2File() : Databases.postgres();
    }

    private void ingest(JdbcStorage storage) {
        for (int d = 0; d < days; d++) {
            List<Report> batch = daysOfReports.get(d);
            storage.reportStore().submit(new Submission("day-" + d, "national.csv", "loader",
                    batch.get(0).reportedAt(), batch, 0));
        }
    }

    /** Ingests the days through the adapter: one submission (one transaction) per day. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public JdbcStorage ingest() {
        JdbcStorage storage = fresh.open();
        ingest(storage);
        return storage;
    }

    /** The baseline: a plain JDBC batch insert of the same rows, one transaction per day. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int plainBatchInsert() throws SQLException {
        String table = fresh.options().schema().map(s -> s + ".").orElse("") + "plain_report";
        try (Connection c = fresh.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                fresh.options().schema().ifPresent(schema -> {
                    try {
                        s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                s.execute("CREATE TABLE " + table + " (unit_code VARCHAR(32) NOT NULL,"
                        + " segment_id VARCHAR(63) NOT NULL, as_of DATE NOT NULL, people BIGINT"
                        + " NOT NULL, reported_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " PRIMARY KEY (unit_code, segment_id, as_of))");
            }
            c.setAutoCommit(false);
            int rows = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                    + " VALUES (?, ?, ?, ?, ?)")) {
                for (List<Report> batch : daysOfReports) {
                    for (Report r : batch) {
                        ps.setString(1, r.unitCode());
                        ps.setString(2, r.segment().id());
                        ps.setObject(3, r.asOf());
                        ps.setLong(4, r.count());
                        ps.setObject(5, OffsetDateTime.ofInstant(r.reportedAt(), ZoneOffset.UTC));
                        ps.addBatch();
                        if (++rows % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                    c.commit();
                }
            }
            return rows;
        }
    }

    /** Reads every unit's latest figure of the last day, looking back 3 days (a snapshot's input). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LatestCounts snapshotRead() {
        return loaded.reportStore().latestCounts(tree, Segment.RESIDENTS,
                FIRST.plusDays(days - 1L), 3);
    }
}
