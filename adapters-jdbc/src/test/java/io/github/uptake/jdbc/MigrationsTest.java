package io.github.uptake.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.uptake.jdbc.Databases.Engine;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema migrations: on an empty database, in a schema of their own by default, beside a host
 * application's own Flyway migrations in either start order, run twice, and how they fail (the
 * cause and the SQL state kept, the missing Flyway module named). Real databases throughout: H2 and
 * the embedded PostgreSQL, behind HikariCP where a host is played.
 */
class MigrationsTest {
    private static final Report REPORT = Report.of("00001", Segment.RESIDENTS,
            LocalDate.of(2020, 8, 15), 5, Instant.parse("2020-08-15T08:00:00Z"), "clerk", null);

    /** Which of the two migrates first on the fresh database. */
    enum Order {
        HOST_FIRST, UPTAKE_FIRST
    }

    static List<Arguments> enginesAndOrders() {
        List<Arguments> out = new ArrayList<>();
        for (Engine engine : Engine.values()) {
            for (Order order : Order.values()) {
                out.add(Arguments.of(engine, order));
            }
        }
        return out;
    }

    /**
     * The host's own Flyway as Spring Boot configures it by default: its migrations
     * ({@code db/host}: V1 creates {@code citizen}, V2 alters it), the connection's schema, the
     * history table {@code flyway_schema_history}, no baseline on migrate.
     */
    private static Flyway hostFlyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/host").load();
    }

    /** The versions of the host's applied migrations, baselines apart, all succeeded. */
    private static List<String> appliedVersions(Flyway flyway) {
        List<String> out = new ArrayList<>();
        for (MigrationInfo m : flyway.info().applied()) {
            if (!m.getType().isBaseline()) {
                assertEquals(MigrationState.SUCCESS, m.getState(), m.getScript());
                out.add(m.getVersion().getVersion());
            }
        }
        return out;
    }

    /** The baselines in the host's history, e.g. {@code [0]}. */
    private static List<String> baselines(Flyway flyway) {
        return Arrays.stream(flyway.info().applied()).filter(m -> m.getType().isBaseline())
                .map(m -> m.getVersion().getVersion()).toList();
    }

    /** The tables of the connection's current schema, lower-case. */
    private static Set<String> tablesOfTheConnectionsSchema(DataSource ds) {
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
            Set<String> out = new TreeSet<>();
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type != null && type.toUpperCase(Locale.ROOT).contains("TABLE")) {
                    out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schemas of the database, lower-case. */
    private static Set<String> schemas(DataSource ds) {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getSchemas()) {
            Set<String> out = new TreeSet<>();
            while (rs.next()) {
                out.add(rs.getString("TABLE_SCHEM").toLowerCase(Locale.ROOT));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uptake's successful versioned migrations, in its own history table. */
    private static long uptakeHistory(DataSource ds, JdbcOptions options) {
        String table = options.schema().map(s -> s + ".").orElse("") + options.historyTable();
        return count(ds, "SELECT COUNT(*) FROM " + table
                + " WHERE \"success\" AND \"version\" IN ('1', '2', '3')");
    }

    /** The host's table works as its V1 and V2 left it. */
    private static void hostTableHasBothMigrations(DataSource ds) {
        Databases.execute(ds, "INSERT INTO citizen (id, full_name, email)"
                + " VALUES (1, 'Nguyễn Văn A', 'a@example.vn')");
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM citizen WHERE email IS NOT NULL"));
    }

    private static long count(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Test
    void anEmptyDatabaseGetsTheTablesAndItsOwnHistoryTableInASchemaOfTheirOwn() {
        Databases.Fresh db = Databases.h2Memory();
        JdbcStorage storage = db.open();
        storage.reportStore().submit(REPORT);
        assertEquals(1, count(db.dataSource(), "SELECT COUNT(*) FROM uptake.uptake_schema_history"
                + " WHERE \"version\" = '1' AND \"success\""), "version 1 applied once");
        assertEquals(1, count(db.dataSource(), "SELECT COUNT(*) FROM uptake.uptake_report_revision"));
        assertEquals(Set.of(), tablesOfTheConnectionsSchema(db.dataSource()),
                "nothing in the connection's schema");
    }

    @Test
    void aPrefixInsideASchemaThatAlreadyHoldsTheHostsTablesOnPostgres() {
        DataSource ds = Databases.Postgres.INSTANCE.dataSource();
        Databases.execute(ds, "CREATE SCHEMA portal");
        Databases.execute(ds, "CREATE TABLE portal.citizen (id INTEGER PRIMARY KEY)");
        Databases.execute(ds, "INSERT INTO portal.citizen VALUES (1)");
        JdbcOptions options = JdbcOptions.defaults().withSchema("portal").withTablePrefix("bz_");
        JdbcStorage.open(ds, options).reportStore().submit(REPORT);
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM portal.citizen"));
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM portal.bz_report_revision"));
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM portal.bz_schema_history"
                + " WHERE success AND version = '1'"));
        // a second library instance with another prefix lives beside it
        JdbcStorage.open(ds, options.withTablePrefix("other_")).reportStore().submit(REPORT);
        assertEquals(1, count(ds, "SELECT COUNT(*) FROM portal.other_report_revision"));
    }

    @Test
    void aPrefixInsideASchemaThatAlreadyHoldsTheHostsTablesOnH2() {
        Databases.Fresh db = Databases.h2Memory();
        Databases.execute(db.dataSource(), "CREATE SCHEMA portal");
        Databases.execute(db.dataSource(), "CREATE TABLE portal.citizen (id INTEGER PRIMARY KEY)");
        JdbcOptions options = JdbcOptions.defaults().withSchema("portal").withTablePrefix("bz_");
        JdbcStorage.open(db.dataSource(), options).reportStore().submit(REPORT);
        assertEquals(1, count(db.dataSource(), "SELECT COUNT(*) FROM portal.bz_report_revision"));
        assertEquals(0, count(db.dataSource(), "SELECT COUNT(*) FROM portal.citizen"));
    }

    @Test
    void runningTheMigrationsAgainIsANoOp() {
        Databases.Fresh db = Databases.postgres();
        db.open().reportStore().submit(REPORT);
        String history = "SELECT COUNT(*) FROM " + db.options().table("schema_history");
        long before = count(db.dataSource(), history);
        JdbcStorage again = db.open();
        assertEquals(before, count(db.dataSource(), history));
        assertEquals(1, again.reportStore().revisions(REPORT.key()).size(), "nothing lost");
        JdbcStorage.open(db.dataSource(), db.options().withMigrationMode(MigrationMode.VALIDATE))
                .reportStore().submit(REPORT);
    }

    @Test
    void validateRefusesADatabaseWithoutTheTablesAndNoneLeavesItAlone() {
        Databases.Fresh db = Databases.h2Memory();
        UptakeJdbcException e = assertThrows(UptakeJdbcException.class, () -> JdbcStorage.open(
                db.dataSource(), db.options().withMigrationMode(MigrationMode.VALIDATE)));
        assertTrue(e.getMessage().startsWith("validating the Uptake schema failed"), e.getMessage());
        assertInstanceOf(FlywayException.class, e.getCause(), "Flyway's exception is kept");
        JdbcStorage none = JdbcStorage.open(db.dataSource(),
                db.options().withMigrationMode(MigrationMode.NONE));
        UptakeJdbcException missing = assertThrows(UptakeJdbcException.class,
                () -> none.reportStore().revisions(new ReportKey("1", Segment.RESIDENTS,
                        LocalDate.of(2020, 8, 15))));
        assertTrue(missing.getMessage().contains("reading the revisions of"), missing.getMessage());
        assertEquals("90079", missing.sqlState(), "H2: schema UPTAKE not found");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("enginesAndOrders")
    void withTheDefaultsAHostsOwnFlywayAndUptakeStartInEitherOrderOnAFreshDatabase(Engine engine,
                                                                                 Order order) {
        try (HikariDataSource pool = Databases.freshPool(engine)) {
            Flyway host = hostFlyway(pool);
            JdbcStorage storage;
            if (order == Order.HOST_FIRST) {
                assertEquals(2, host.migrate().migrationsExecuted);
                storage = JdbcStorage.open(pool, JdbcOptions.defaults());
            } else {
                storage = JdbcStorage.open(pool, JdbcOptions.defaults());
                assertEquals(2, host.migrate().migrationsExecuted, "the host's Flyway starts");
            }
            assertEquals(List.of("1", "2"), appliedVersions(host), "V1 applied, not skipped");
            assertEquals(List.of(), baselines(host), "no baseline needed");
            hostTableHasBothMigrations(pool);
            assertEquals(3, uptakeHistory(pool, JdbcOptions.defaults()));
            assertEquals(Set.of("citizen", "flyway_schema_history"),
                    tablesOfTheConnectionsSchema(pool), "Uptake stays out of the host's schema");
            storage.reportStore().submit(REPORT);
            assertEquals(1, storage.reportStore().revisions(REPORT.key()).size());

            // a second start of both is a no-op
            assertEquals(0, hostFlyway(pool).migrate().migrationsExecuted);
            JdbcStorage again = JdbcStorage.open(pool, JdbcOptions.defaults());
            assertEquals(3, uptakeHistory(pool, JdbcOptions.defaults()));
            assertEquals(List.of("1", "2"), appliedVersions(host));
            assertEquals(1, again.reportStore().revisions(REPORT.key()).size(), "nothing lost");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Engine.class)
    void inTheConnectionsSchemaAHostThatMigratedFirstNeedsNothing(Engine engine) {
        try (HikariDataSource pool = Databases.freshPool(engine)) {
            JdbcOptions options = JdbcOptions.defaults().withConnectionSchema();
            assertEquals(2, hostFlyway(pool).migrate().migrationsExecuted);
            JdbcStorage.open(pool, options).reportStore().submit(REPORT);
            assertEquals(3, uptakeHistory(pool, options));
            hostTableHasBothMigrations(pool);
            assertEquals(0, hostFlyway(pool).migrate().migrationsExecuted);
            assertEquals(1, JdbcStorage.open(pool, options).reportStore()
                    .revisions(REPORT.key()).size());
        }
    }

    /** What the warning of {@link JdbcOptions#withConnectionSchema()} says, on real databases. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Engine.class)
    void inTheConnectionsSchemaUptakeFirstMakesTheHostBaselineAtZero(Engine engine) {
        try (HikariDataSource pool = Databases.freshPool(engine)) {
            JdbcOptions options = JdbcOptions.defaults().withConnectionSchema();
            JdbcStorage.open(pool, options).reportStore().submit(REPORT);
            FlywayException refused = assertThrows(FlywayException.class,
                    () -> hostFlyway(pool).migrate());
            assertTrue(refused.getMessage().contains("non-empty schema"), refused.getMessage());

            Flyway baselinedAtZero = Flyway.configure().dataSource(pool)
                    .locations("classpath:db/host").baselineOnMigrate(true).baselineVersion("0")
                    .load();
            assertEquals(2, baselinedAtZero.migrate().migrationsExecuted);
            assertEquals(List.of("0"), baselines(baselinedAtZero));
            assertEquals(List.of("1", "2"), appliedVersions(baselinedAtZero), "V1 not skipped");
            hostTableHasBothMigrations(pool);
            assertEquals(0, baselinedAtZero.migrate().migrationsExecuted);
            assertEquals(3, uptakeHistory(pool, options));
            assertEquals(1, JdbcStorage.open(pool, options).reportStore()
                    .revisions(REPORT.key()).size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Engine.class)
    void tablesOfTheOldLayoutInTheConnectionsSchemaAreNeverLeftBehindSilently(Engine engine) {
        try (HikariDataSource pool = Databases.freshPool(engine)) {
            JdbcOptions old = JdbcOptions.defaults().withConnectionSchema();
            assertEquals(JdbcOptions.defaults(),
                    JdbcStorage.existingLayout(pool, JdbcOptions.defaults()), "fresh: defaults");
            JdbcStorage.open(pool, old).reportStore().submit(REPORT);
            UptakeJdbcException e = assertThrows(UptakeJdbcException.class,
                    () -> JdbcStorage.open(pool, JdbcOptions.defaults()));
            assertTrue(e.getMessage().contains("withConnectionSchema()"), e.getMessage());
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains(
                    "uptake_schema_history"), e.getMessage());
            assertFalse(schemas(pool).contains("uptake"), "nothing was created");
            assertEquals(1, JdbcStorage.open(pool, old).reportStore()
                    .revisions(REPORT.key()).size(), "the old layout opens with the option");
            assertEquals(old, JdbcStorage.existingLayout(pool, JdbcOptions.defaults()),
                    "which existingLayout finds");
            // another prefix is another installation, and may start in the schema of its own
            JdbcStorage.open(pool, JdbcOptions.defaults().withTablePrefix("other_"))
                    .reportStore().submit(REPORT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Engine.class)
    void aFailingMigrationKeepsFlywaysExceptionAndTheSqlState(Engine engine) {
        try (HikariDataSource pool = Databases.freshPool(engine)) {
            // a table of V1 already there: V1's CREATE TABLE fails in the database
            Databases.execute(pool, "CREATE SCHEMA uptake");
            Databases.execute(pool, "CREATE TABLE uptake.uptake_segment (segment_id INTEGER)");
            UptakeJdbcException e = assertThrows(UptakeJdbcException.class,
                    () -> JdbcStorage.open(pool, JdbcOptions.defaults()));
            String state = engine == Engine.H2 ? "42S01" : "42P07"; // table already exists
            assertEquals(state, e.sqlState());
            assertEquals("migrating the Uptake schema", e.operation());
            assertInstanceOf(FlywayException.class, e.getCause());
            assertTrue(e.getMessage().startsWith("migrating the Uptake schema failed: "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("(SQL state " + state + ")"), e.getMessage());
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("uptake_segment"),
                    e.getMessage());
            SQLException root = null;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql) {
                    root = sql;
                }
            }
            assertTrue(root != null && state.equals(root.getSQLState()),
                    "the database's exception is in the chain: " + root);
        }
    }

    /**
     * A PostgreSQL host that brought flyway-core but not flyway-database-postgresql gets an error
     * naming the artifact to add. The absence is real, not simulated: the adapter and Flyway are
     * loaded again by a class loader whose class path is this test's minus the
     * flyway-database-postgresql jar (parent: the platform class loader, so nothing leaks from the
     * test's), and Flyway looks its database support up with {@code ServiceLoader} on its own class
     * loader, so it finds none for PostgreSQL and throws its own "Unsupported Database".
     */
    @Test
    void withoutFlywaysPostgresModuleTheErrorNamesTheArtifactToAdd() throws Exception {
        List<URL> kept = new ArrayList<>();
        int hidden = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith("flyway-database-postgresql")) {
                hidden++;
            } else {
                kept.add(url(entry));
            }
        }
        assertEquals(1, hidden, "the module was on the test's class path, and is hidden");
        try (HikariDataSource pg = Databases.freshPool(Engine.POSTGRESQL);
             URLClassLoader without = new URLClassLoader(kept.toArray(URL[]::new),
                     ClassLoader.getPlatformClassLoader())) {
            Class<?> options = without.loadClass(JdbcOptions.class.getName());
            Class<?> storage = without.loadClass(JdbcStorage.class.getName());
            assertNotSame(JdbcStorage.class, storage, "a second copy of the adapter");
            Object defaults = options.getMethod("defaults").invoke(null);
            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                    () -> storage.getMethod("open", DataSource.class, options)
                            .invoke(null, pg, defaults));
            Throwable e = thrown.getCause();
            assertEquals(UptakeJdbcException.class.getName(), e.getClass().getName(),
                    String.valueOf(e));
            assertTrue(e.getMessage().contains("Add org.flywaydb:flyway-database-postgresql"),
                    e.getMessage());
            assertTrue(e.getCause().getMessage().startsWith("Unsupported Database"),
                    "Flyway's own exception is the cause: " + e.getCause());
            assertFalse(schemas(pg).contains("uptake"), "nothing was created");
        }
    }

    /** The translation for databases other than PostgreSQL, driven directly (not verified live). */
    @Test
    void anUnsupportedDatabaseOtherThanPostgresIsNamedWithoutGuessingAnArtifact() {
        FlywayException flyway = new FlywayException("Unsupported Database: Firebird 5.0");
        UptakeJdbcException e = Migrations.translate("migrating the Uptake schema", flyway,
                "Firebird");
        assertTrue(e.getMessage().contains("Add Flyway's database module for Firebird"),
                e.getMessage());
        assertNull(e.sqlState());
        assertEquals(flyway, e.getCause());
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(entry, e);
        }
    }

    @Test
    void optionsRefuseNamesThatCouldInjectSql() {
        assertThrows(IllegalArgumentException.class,
                () -> JdbcOptions.defaults().withTablePrefix("x; DROP TABLE y"));
        assertThrows(IllegalArgumentException.class, () -> JdbcOptions.defaults().withSchema("A"));
        assertEquals("s.p_report_revision", JdbcOptions.defaults().withSchema("s")
                .withTablePrefix("p_").table("report_revision"));
    }

    @Test
    void theDefaultsKeepASchemaOfTheirOwnAndNeverTheHostsHistoryTable() {
        JdbcOptions defaults = JdbcOptions.defaults();
        assertEquals("uptake.uptake_report_revision", defaults.table("report_revision"));
        assertEquals("uptake_schema_history", defaults.historyTable());
        assertEquals("uptake_report_revision",
                defaults.withConnectionSchema().table("report_revision"));
        assertEquals(defaults, defaults.withConnectionSchema().withSchema("uptake"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.withTablePrefix("flyway_"));
        assertTrue(e.getMessage().contains("flyway_schema_history"), e.getMessage());
        assertThrows(NullPointerException.class, () -> defaults.withSchema(null));
    }
}
