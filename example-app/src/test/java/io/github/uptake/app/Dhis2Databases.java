package io.github.uptake.app;

import io.github.uptake.app.demo.DemoData;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReportStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2 file databases for the DHIS2 commands' tests: the demo's units without any report (where an
 * export is read back), and every current figure of a range with who sent it, when and its
 * source, read with the stores, so a round trip compares what was stored.
 */
final class Dhis2Databases {
    /** The segments a figure may be of in the demo. */
    static final List<Segment> SEGMENTS = List.of(Segment.RESIDENTS, Segment.STAFF,
            Segment.WORKERS, Segment.MEMBERS, Segment.VISITORS, Segment.QUARANTINED,
            Segment.CUSTOMERS, Segment.CITIZENS_SERVED);

    private Dhis2Databases() {
    }

    /**
     * Makes a database with the demo's units (every version), denominators and target rules, and
     * no report.
     *
     * @param dir  the directory, not null
     * @param name  the database's name
     * @return the path to give as {@code --db}
     */
    static Path unitsOnly(Path dir, String name) throws SQLException {
        Path db = dir.resolve(name);
        DemoData d = LongAnDemo.make();
        JdbcDataSource ds = dataSource(db);
        try (Connection open = ds.getConnection()) {
            DemoLoader.load(JdbcStorage.open(ds, JdbcOptions.defaults()), new DemoData(
                    d.territorial(), d.sectoral(), d.denominators(), d.rules(), List.of(),
                    List.of(), List.of(), d.later(), d.crosswalks()));
        }
        return db;
    }

    /**
     * Returns every current figure of a range whose unit is a territorial unit on its day, as
     * {@code unit segment day -> count reporter [reportedAt source]}.
     *
     * @param db  the database, as given to {@code --db}
     * @param from  the first day
     * @param to  the last day
     * @param withTimes  true to include when each was sent and its source
     * @return the figures, sorted by key
     */
    static Map<String, String> figures(Path db, LocalDate from, LocalDate to,
                                       boolean withTimes) throws SQLException {
        JdbcDataSource ds = dataSource(db);
        // one connection kept open: H2 keeps the file open between the stores' connections
        try (Connection open = ds.getConnection()) {
            return figures(JdbcStorage.open(ds, JdbcOptions.defaults()), from, to, withTimes);
        }
    }

    /**
     * Returns the current report of a key.
     *
     * @param db  the database, as given to {@code --db}
     * @param key  the key
     * @return the report, or null if the key has none
     * @throws SQLException if reading fails
     */
    static Report current(Path db, ReportKey key) throws SQLException {
        JdbcDataSource ds = dataSource(db);
        try (Connection open = ds.getConnection()) {
            return JdbcStorage.open(ds, JdbcOptions.defaults()).reportStore().current(key)
                    .map(r -> r.report()).orElse(null);
        }
    }

    private static Map<String, String> figures(JdbcStorage s, LocalDate from, LocalDate to,
                                               boolean withTimes) {
        Hierarchy territorial = s.referenceStore().hierarchy(Hierarchy.TERRITORIAL).orElseThrow();
        ReportStore store = s.reportStore();
        Map<String, String> out = new TreeMap<>();
        for (Segment segment : SEGMENTS) {
            List<ReportKey> keys = new ArrayList<>();
            store.forEachCurrent(segment, from, to, (code, day, count) -> {
                LocalDate d = LocalDate.ofEpochDay(day);
                HierarchyVersion v = territorial.versionOn(d).orElseThrow();
                if (v.contains(code)) {
                    keys.add(new ReportKey(code, segment, d));
                }
            });
            for (ReportKey k : keys) {
                Report r = store.current(k).orElseThrow().report();
                out.put(k.unitCode() + " " + segment.id() + " " + k.asOf(), r.count() + " "
                        + r.reporter() + (withTimes ? " " + r.reportedAt() + " "
                        + r.sourceRef().orElse("-") : ""));
            }
        }
        return out;
    }

    private static JdbcDataSource dataSource(Path db) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
