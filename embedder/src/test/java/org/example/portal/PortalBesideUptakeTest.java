package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The portal's own Flyway (version 11, with its own V1 and V2 in its default schema) and Uptake's
 * migrations (run by that same Flyway, in Uptake's own schema) on one database, in both start
 * orders, on H2 and PostgreSQL behind the portal's HikariCP: both histories complete with no
 * baseline, the portal's V1 applied, Uptake's store working, and a second start a no-op.
 */
class PortalBesideUptakeTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private static HikariDataSource pool(String database) throws SQLException {
        HikariConfig config = new HikariConfig();
        if (database.equals("h2")) {
            config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        } else {
            String name = "portal_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", name));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    /** The portal's own migrations, with Flyway's defaults: its default schema and history. */
    private static int portalMigrate(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/portal").load()
                .migrate().migrationsExecuted;
    }

    private static long uptakeWorks(DataSource ds) {
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        LocalDate day = LocalDate.of(2020, 8, 15);
        storage.reportStore().submit(Report.of("27898", Segment.RESIDENTS, day, 763,
                Instant.parse("2020-08-15T02:00:00Z"), "UBND xã Mỹ Thạnh Đông", null));
        return storage.reportStore().revisions(new ReportKey("27898", Segment.RESIDENTS, day)).size();
    }

    private static List<String> portalHistory(DataSource ds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"type\", \"success\" FROM"
                     + " \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2) + " " + r.getBoolean(3));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}, {1} first")
    @CsvSource({"h2, portal", "h2, uptake", "postgresql, portal", "postgresql, uptake"})
    void bothMigrateInEitherOrderAndASecondStartChangesNothing(String database, String first)
            throws SQLException {
        try (HikariDataSource ds = pool(database)) {
            if (first.equals("portal")) {
                assertEquals(2, portalMigrate(ds));
                assertEquals(1, uptakeWorks(ds));
            } else {
                assertEquals(1, uptakeWorks(ds));
                assertEquals(2, portalMigrate(ds), "the portal's V1 and V2, none skipped");
            }
            List<String> history = portalHistory(ds);
            assertEquals(List.of("1 SQL true", "2 SQL true"), history.stream()
                    .filter(h -> h.contains(" SQL ")).toList(), "V1 and V2 applied, in order");
            assertTrue(history.stream().noneMatch(h -> h.contains("BASELINE")),
                    "no baseline in the portal's history: " + history);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO citizen (id, name, commune_code) VALUES (1, 'A', '27898')");
            }
            // a second start of both: nothing to migrate, Uptake's data still there
            assertEquals(0, portalMigrate(ds));
            JdbcStorage again = JdbcStorage.open(ds, JdbcOptions.defaults());
            assertEquals(1, again.reportStore().revisions(new ReportKey("27898", Segment.RESIDENTS,
                    LocalDate.of(2020, 8, 15))).size());
            assertTrue(Flyway.configure().dataSource(ds).locations("classpath:db/portal").load()
                    .info().pending().length == 0);
        }
    }
}
