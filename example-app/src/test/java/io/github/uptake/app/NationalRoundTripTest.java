package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national round trip of {@code uptake load reports}: the real 2020 tree ({@code uptake load
 * vn-admin}), generated daily reports of every commune with corrections and gaps
 * ({@link NationalReports}), written as CSV and loaded through the command on H2 and on
 * PostgreSQL; then the nation, a province, a district and a commune rolled up by the engine on
 * three days and compared with an independent computation over the generated rows: plain loops,
 * the latest {@code reported_at} of each unit and day, carried forward 3 days, summed over the tree
 * of the shipped units file.
 *
 * <p>The test loads {@value #DEFAULT_DAYS} days (about 160.000 rows) to stay within CI's time;
 * {@code -Duptake.roundtrip.days=60} runs the full national size (about 490.000 rows), which
 * BENCHMARKS.md times.
 */
class NationalRoundTripTest {
    private static final int DEFAULT_DAYS = 20;
    private static final int DAYS = Integer.getInteger("uptake.roundtrip.days", DEFAULT_DAYS);
    private static final int CARRY_FORWARD = 3;

    @TempDir
    static Path dir;
    private static List<NationalReports.Row> rows;
    private static Path csv;
    private static List<LocalDate> days;
    private static List<String> nodes;

    @BeforeAll
    static void generate() throws Exception {
        rows = NationalReports.generate(DAYS, 2020);
        csv = dir.resolve("national.csv");
        NationalReports.write(csv, rows);
        LocalDate first = NationalReports.FIRST;
        days = List.of(first, first.plusDays(DAYS / 2), first.plusDays(DAYS - 1));
        // a commune with a correction (two rows) on the middle day, and its district and province
        Map<String, Integer> seen = new HashMap<>();
        String commune = null;
        for (NationalReports.Row r : rows) {
            if (r.day().equals(days.get(1)) && seen.merge(r.code(), 1, Integer::sum) == 2) {
                commune = r.code();
                break;
            }
        }
        Map<String, String> parent = parents();
        String district = parent.get(commune);
        nodes = List.of("VN", parent.get(district), district, commune);
    }

    @Test
    void loadedOnH2TheRollUpEqualsThePlainComputation() {
        Path db = Databases.make(dir, "h2", "load", "vn-admin");
        load("--db", db.toString());
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        check(ds);
    }

    @Test
    void loadedOnPostgresqlTheRollUpEqualsThePlainComputation() {
        String url = PostgresServer.freshDatabase();
        AppRun app = new AppRun();
        assertEquals(0, app.run("load", "vn-admin", "--jdbc-url", url), app.err());
        load("--jdbc-url", url);
        check(PostgresServer.dataSource(url));
    }

    private static void load(String... db) {
        AppRun app = new AppRun();
        List<String> args = new ArrayList<>(List.of("load", "reports", csv.toString(), "--lang",
                "en"));
        args.addAll(List.of(db));
        long start = System.nanoTime();
        assertEquals(0, app.run(args.toArray(String[]::new)), app.err());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(app.out().contains("national.csv: accepted " + UptakeFormat.english()
                .count(rows.size()) + ", unchanged 0"), app.out());
        System.out.println("load reports of " + rows.size() + " rows, " + DAYS + " days: " + ms
                + " ms (" + db[0] + ")");
    }

    private static void check(DataSource ds) {
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        HierarchyVersion v = storage.referenceStore().hierarchy(Hierarchy.TERRITORIAL)
                .orElseThrow().versionOn(days.get(0)).orElseThrow();
        RollUp engine = RollUp.of(v, Segment.RESIDENTS, List.of(),
                storage.referenceStore().targetRules(), RollUpPolicy.defaults());
        assertEquals(CARRY_FORWARD, engine.policy().carryForwardDays());
        Map<String, String> parent = parents();
        Map<String, Map<LocalDate, long[]>> current = current();
        for (LocalDate day : days) {
            Snapshot snap = engine.snapshot(storage.reportStore().latestCounts(v,
                    Segment.RESIDENTS, day, CARRY_FORWARD));
            Map<String, long[]> expected = plain(day, parent, current);
            for (String code : nodes) {
                NodeResult n = snap.node(code);
                long[] e = expected.get(code);
                String what = code + " on " + day;
                assertEquals(e[0], n.count(), what + ": count");
                assertEquals(e[1], n.freshLeaves(), what + ": fresh leaves");
                assertEquals(e[2], n.staleLeaves(), what + ": stale leaves");
                assertEquals(e[3], n.missingLeaves(), what + ": missing leaves");
            }
        }
    }

    /** The parent of every unit of the shipped 2020 file, provinces under VN. */
    private static Map<String, String> parents() {
        Map<String, String> parent = new HashMap<>();
        for (NationalReports.UnitRow u : NationalReports.units2020()) {
            parent.put(u.code(), u.parent().isEmpty() ? "VN" : u.parent());
        }
        return parent;
    }

    /** The current figure of each unit and day: the one sent last, as {count, sent}. */
    private static Map<String, Map<LocalDate, long[]>> current() {
        Map<String, Map<LocalDate, long[]>> out = new HashMap<>();
        for (NationalReports.Row r : rows) {
            Map<LocalDate, long[]> byDay = out.computeIfAbsent(r.code(), k -> new HashMap<>());
            long[] c = byDay.get(r.day());
            if (c == null || r.sentSecond() > c[1]) {
                byDay.put(r.day(), new long[] {r.count(), r.sentSecond()});
            }
        }
        return out;
    }

    /**
     * Every unit's {count, fresh, stale, missing} on a day, by plain loops: each leaf's figure of
     * the day or of the latest of the 3 days before, added to the leaf and each of its ancestors.
     */
    private static Map<String, long[]> plain(LocalDate day, Map<String, String> parent,
                                             Map<String, Map<LocalDate, long[]>> current) {
        Set<String> parents = new HashSet<>(parent.values());
        Map<String, long[]> out = new HashMap<>();
        for (String unit : parent.keySet()) {
            if (parents.contains(unit)) {
                continue;
            }
            long count = 0;
            int kind = 3;
            Map<LocalDate, long[]> byDay = current.getOrDefault(unit, Map.of());
            for (int back = 0; back <= CARRY_FORWARD; back++) {
                long[] c = byDay.get(day.minusDays(back));
                if (c != null) {
                    count = c[0];
                    kind = back == 0 ? 1 : 2;
                    break;
                }
            }
            for (String u = unit; u != null; u = parent.get(u)) {
                long[] sum = out.computeIfAbsent(u, k -> new long[4]);
                sum[0] += count;
                sum[kind]++;
            }
        }
        return out;
    }
}
