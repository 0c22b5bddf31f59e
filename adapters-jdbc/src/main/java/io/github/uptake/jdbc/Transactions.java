package io.github.uptake.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs work in one transaction on a connection from the host's {@link DataSource}, retrying the whole
 * transaction when the database reports a serialization failure, a deadlock, a lock timeout or a
 * concurrent insert of the same key: the portable way to stay correct under concurrency without
 * locks. Not part of the API.
 */
final class Transactions {
    /** SQL states worth a retry: serialization failure, deadlock, unique violation, lock timeout. */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "23505", "HYT00");
    /** H2's "concurrent update" error code. */
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private final DataSource dataSource;
    private final int maxAttempts;

    Transactions(DataSource dataSource, int maxAttempts) {
        this.dataSource = dataSource;
        this.maxAttempts = maxAttempts;
    }

    /** Work done on a connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a transaction and commits it; rolls back on any failure.
     *
     * @param operation  what is being done, for messages
     * @param work  the work
     * @return what the work returned
     */
    <T> T inTransaction(String operation, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException e) {
                    rollback(c);
                    if (attempt < maxAttempts && retryable(e)) {
                        pause(attempt);
                        continue;
                    }
                    throw new UptakeJdbcException(operation, e);
                } catch (RuntimeException | Error e) {
                    rollback(c);
                    throw e;
                } finally {
                    restore(c, autoCommit);
                }
            } catch (SQLException e) {
                throw new UptakeJdbcException(operation, e);
            }
        }
    }

    static boolean retryable(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (RETRYABLE.contains(x.getSQLState()) || x.getErrorCode() == H2_CONCURRENT_UPDATE) {
                return true;
            }
            if (x.getCause() instanceof SQLException cause && cause != x
                    && (RETRYABLE.contains(cause.getSQLState())
                    || cause.getErrorCode() == H2_CONCURRENT_UPDATE)) {
                return true;
            }
        }
        return false;
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable; closing it is all that is left
        }
    }

    private static void restore(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // the pool will discard a broken connection
        }
    }

    private static void pause(int attempt) {
        try {
            long ceiling = Math.min(250, 1L << Math.min(attempt, 8));
            Thread.sleep(1 + java.util.concurrent.ThreadLocalRandom.current().nextLong(ceiling));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
