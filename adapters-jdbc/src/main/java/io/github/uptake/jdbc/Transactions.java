package io.github.uptake.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs work in one transaction, retrying it when the database reports a serialization failure, a
 * deadlock, a lock timeout or a concurrent insert of the same key: the portable way to stay correct
 * under concurrency without locks. Not part of the API.
 *
 * <p>Two ways, fixed at construction:
 * <ul>
 *   <li>{@linkplain #owning owning}: each piece of work takes a connection from the host's {@link
 *       DataSource}, runs in a transaction of its own, and is committed, or rolled back on any
 *       failure. Thread-safe.</li>
 *   <li>{@linkplain #joining joining}: each piece of work runs on the caller's connection inside
 *       the caller's transaction, behind a savepoint. The adapter never commits, never rolls the
 *       transaction back, never changes auto-commit and never closes the connection: on failure it
 *       rolls back to its savepoint only, so the work leaves nothing of itself and the caller's
 *       transaction stays usable (in PostgreSQL too, where a failed statement otherwise aborts
 *       it). Only a concurrent insert of the same key is retried there (after the rollback to the
 *       savepoint, a retry at READ COMMITTED sees the other row); a serialization failure, a
 *       deadlock or a lock timeout concern the caller's whole transaction, and are the caller's
 *       to retry. As thread-safe as the connection: one thread at a time.</li>
 * </ul>
 */
final class Transactions {
    /** SQL states worth a retry: serialization failure, deadlock, unique violation, lock timeout. */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "23505", "HYT00");
    /** SQL states worth a retry behind a savepoint: a concurrent insert of the same key. */
    private static final Set<String> RETRYABLE_JOINED = Set.of("23505");
    /** H2's "concurrent update" error code. */
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private final DataSource dataSource;
    private final Connection joined;
    private final int maxAttempts;

    private Transactions(DataSource dataSource, Connection joined, int maxAttempts) {
        this.dataSource = dataSource;
        this.joined = joined;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Returns transactions of the adapter's own, on connections of the data source.
     *
     * @param dataSource  the host's data source
     * @param maxAttempts  the most attempts of a transaction
     * @return the transactions
     */
    static Transactions owning(DataSource dataSource, int maxAttempts) {
        return new Transactions(dataSource, null, maxAttempts);
    }

    /**
     * Returns transactions that join the caller's, open on the connection.
     *
     * @param connection  the caller's connection, in a transaction (auto-commit off)
     * @param maxAttempts  the most attempts of a piece of work
     * @return the transactions
     */
    static Transactions joining(Connection connection, int maxAttempts) {
        return new Transactions(null, connection, maxAttempts);
    }

    /** Work done on a connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a transaction: its own, committed, or rolled back on any failure; or,
     * joining, the caller's, behind a savepoint rolled back to on any failure.
     *
     * @param operation  what is being done, for messages
     * @param work  the work
     * @return what the work returned
     * @throws UptakeJdbcException if the database fails
     * @throws IllegalStateException if joining a connection that is in auto-commit mode
     */
    <T> T inTransaction(String operation, Work<T> work) {
        return joined != null ? inCallersTransaction(operation, work)
                : inOwnTransaction(operation, work);
    }

    private <T> T inOwnTransaction(String operation, Work<T> work) {
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

    private <T> T inCallersTransaction(String operation, Work<T> work) {
        Connection c = joined;
        try {
            if (c.getAutoCommit()) {
                throw new IllegalStateException("cannot join the caller's transaction for "
                        + operation + ": the connection is in auto-commit mode, so there is no"
                        + " transaction; call setAutoCommit(false) first (the caller commits)");
            }
        } catch (SQLException e) {
            throw new UptakeJdbcException(operation, e);
        }
        for (int attempt = 1; ; attempt++) {
            Savepoint savepoint;
            try {
                savepoint = c.setSavepoint();
            } catch (SQLException e) {
                throw new UptakeJdbcException(operation, e);
            }
            try {
                T result = work.run(c);
                release(c, savepoint);
                return result;
            } catch (SQLException e) {
                rollbackTo(c, savepoint, e);
                if (attempt < maxAttempts && retryableJoined(e)) {
                    pause(attempt);
                    continue;
                }
                throw new UptakeJdbcException(operation, e);
            } catch (RuntimeException | Error e) {
                rollbackTo(c, savepoint, e);
                throw e;
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

    static boolean retryableJoined(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (RETRYABLE_JOINED.contains(x.getSQLState())
                    || x.getErrorCode() == H2_CONCURRENT_UPDATE) {
                return true;
            }
            if (x.getCause() instanceof SQLException cause && cause != x
                    && (RETRYABLE_JOINED.contains(cause.getSQLState())
                    || cause.getErrorCode() == H2_CONCURRENT_UPDATE)) {
                return true;
            }
        }
        return false;
    }

    /** Rolls back to the savepoint; if even that fails, says so on the failure being thrown. */
    private static void rollbackTo(Connection c, Savepoint savepoint, Throwable failure) {
        try {
            c.rollback(savepoint);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void release(Connection c, Savepoint savepoint) throws SQLException {
        c.releaseSavepoint(savepoint);
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
