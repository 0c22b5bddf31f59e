package io.github.uptake.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The schema migrations on an empty database, beside a host's tables, and run twice. */
class MigrationsTest {
    private static final Report REPORT = new Report("00001", Segment.RESIDENTS,
            LocalDate.of(2020, 8, 15), 5, Instant.parse("2020-08-15T08:00:00Z"), "clerk", null);

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
    void anEmptyDatabaseGetsTheTablesAndItsOwnHistoryTable() {
        Databases.Fresh db = Databases.h2Memory();
        JdbcStorage storage = db.open();
        storage.reportStore().submit(REPORT);
        assertEquals(1, count(db.dataSource(), "SELECT COUNT(*) FROM uptake_schema_history"
                + " WHERE \"version\" = '1' AND \"success\""), "version 1 applied once");
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
        JdbcStorage none = JdbcStorage.open(db.dataSource(),
                db.options().withMigrationMode(MigrationMode.NONE));
        UptakeJdbcException missing = assertThrows(UptakeJdbcException.class,
                () -> none.reportStore().revisions(new ReportKey("1", Segment.RESIDENTS,
                        LocalDate.of(2020, 8, 15))));
        assertTrue(missing.getMessage().contains("reading the revisions of"), missing.getMessage());
        assertTrue(missing.sqlState().startsWith("42"), missing.sqlState());
    }

    @Test
    void optionsRefuseNamesThatCouldInjectSql() {
        assertThrows(IllegalArgumentException.class,
                () -> JdbcOptions.defaults().withTablePrefix("x; DROP TABLE y"));
        assertThrows(IllegalArgumentException.class, () -> JdbcOptions.defaults().withSchema("A"));
        assertEquals("s.p_report_revision", JdbcOptions.defaults().withSchema("s")
                .withTablePrefix("p_").table("report_revision"));
    }
}
