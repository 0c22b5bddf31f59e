package io.github.uptake.jdbc;

import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import io.github.uptake.remind.ReminderLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Uptake's storage in a database reached through the host's {@link DataSource}: the report store,
 * the reference store, the reconciliation store, the crosswalk store and the record of reminders
 * over the same tables.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.open(dataSource, JdbcOptions.defaults());
 * storage.reportStore().submit(submission);
 * }</pre>
 *
 * <p>The adapter never creates a pool: pass the host's (HikariCP, the container's...). By default
 * its tables and the history table of its migrations are in a schema of their own, {@code uptake},
 * created on open, so a host's own Flyway in its default schema starts on a fresh database in either
 * order (see {@link JdbcOptions}).
 *
 * <p><b>Transactions.</b> A storage from {@link #open} runs every write as a transaction of its own
 * on a connection of the data source, committed, or rolled back on failure, and retried when the
 * database reports a serialization failure or a concurrent insert of the same key; such a storage
 * is immutable and thread-safe. A storage from {@link #joining(Connection)} runs the stores inside
 * the caller's transaction on the caller's connection instead: it never commits nor rolls that
 * transaction back, so the host's writes and Uptake's are committed or rolled back together, and
 * each store call stays all or nothing on its own through a savepoint (a submission that fails
 * halfway leaves nothing of itself, and the caller's transaction stays usable). Such a storage is
 * as thread-safe as the connection, that is, for the caller's thread while its transaction is
 * open.
 *
 * <p>Errors are {@link UptakeJdbcException}s that keep the database's exception as their cause and
 * its SQL state; misuse is an {@link IllegalArgumentException} or {@link IllegalStateException}.
 *
 * @since 0.1.0
 */
public final class JdbcStorage {
    private final JdbcOptions options;
    private final Clock clock;
    private final ReportStore reports;
    private final ReferenceStore reference;
    private final ReconciliationStore reconciliation;
    private final CrosswalkStore crosswalks;
    private final ReminderLog reminders;

    private JdbcStorage(Transactions tx, JdbcOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.reports = new JdbcReportStore(tx, options, clock);
        this.reference = new JdbcReferenceStore(tx, options);
        this.reconciliation = new JdbcReconciliationStore(tx, options);
        this.crosswalks = new JdbcCrosswalkStore(tx, options);
        this.reminders = new JdbcReminderLog(tx, options);
    }

    /**
     * Opens the storage: applies or validates the migrations as the options say, then returns the
     * stores.
     *
     * @param dataSource  the host's data source, not null
     * @param options  the options, not null
     * @return the storage, not null
     * @throws UptakeJdbcException if the migrations fail or do not validate (with Flyway's
     *     exception as the cause and the database's SQL state), if Flyway or its module for the
     *     database is missing (naming the artifact to add), or if the library's tables are found
     *     in the connection's schema while the options keep them in another
     */
    public static JdbcStorage open(DataSource dataSource, JdbcOptions options) {
        return open(dataSource, options, Clock.systemUTC());
    }

    /**
     * Opens the storage with a clock for the times revisions are recorded (for tests).
     *
     * @param dataSource  the host's data source, not null
     * @param options  the options, not null
     * @param clock  the clock, not null
     * @return the storage, not null
     * @throws UptakeJdbcException as {@link #open(DataSource, JdbcOptions)}
     */
    public static JdbcStorage open(DataSource dataSource, JdbcOptions options, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
        Migrations.run(dataSource, options);
        return new JdbcStorage(Transactions.owning(dataSource, options.maxAttempts()), options,
                clock);
    }

    /**
     * Returns the options that open an existing database where its tables already are: the given
     * options, or, if they keep the tables in a schema of their own that has no history table of
     * theirs while the connection's current schema has one of the same prefix (the layout of
     * earlier snapshots, before the schema {@code uptake} became the default), the same options
     * {@linkplain JdbcOptions#withConnectionSchema() in the connection's schema}. Nothing is
     * changed in the database; a fresh database gets the given options.
     *
     * <pre>{@code
     * JdbcStorage storage = JdbcStorage.open(dataSource,
     *         JdbcStorage.existingLayout(dataSource, JdbcOptions.defaults()));
     * }</pre>
     *
     * @param dataSource  the host's data source, not null
     * @param options  the options wanted for a fresh database, not null
     * @return the options to open with, not null
     * @throws UptakeJdbcException if the database's metadata cannot be read
     */
    public static JdbcOptions existingLayout(DataSource dataSource, JdbcOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(options, "options");
        try (Connection c = dataSource.getConnection()) {
            return Migrations.leftInConnectionSchema(c, options) != null
                    ? options.withConnectionSchema() : options;
        } catch (SQLException e) {
            throw new UptakeJdbcException("reading the database's metadata", e);
        }
    }

    /**
     * Returns a storage with the same options and clock whose stores work inside the caller's
     * transaction, on the caller's connection: a host writes its own rows and Uptake's in one
     * transaction, and commits or rolls back both.
     *
     * <pre>{@code
     * connection.setAutoCommit(false);
     * // ... the host's own writes on the connection ...
     * storage.joining(connection).reportStore().submit(submission);
     * connection.commit();   // or rollback(): both or neither
     * }</pre>
     *
     * <p>The stores never commit, never roll the transaction back, never change auto-commit and
     * never close the connection. Each store call runs behind a savepoint: if it fails, it is
     * rolled back to that savepoint (nothing of it stays, and in PostgreSQL the transaction is not
     * left aborted) and the exception is thrown; the caller then commits what it did itself or
     * rolls everything back. A concurrent insert of the same key is retried behind the savepoint;
     * a serialization failure, a deadlock or a lock timeout is thrown, for the caller to retry its
     * whole transaction. The migrations are not part of it: they ran when this storage was opened
     * (Flyway commits its own transactions). In Spring, pass the connection bound to the current
     * transaction ({@code DataSourceUtils.getConnection(dataSource)}).
     *
     * <p>The returned storage is cheap; make one per transaction. It is as thread-safe as the
     * connection: use it on the caller's thread while the transaction is open.
     *
     * @param connection  the caller's connection, with auto-commit off, not null
     * @return a storage bound to the connection's transaction, not null
     * @throws IllegalStateException from every store call, if the connection is in auto-commit
     *     mode (there is no transaction to join)
     */
    public JdbcStorage joining(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        return new JdbcStorage(Transactions.joining(connection, options.maxAttempts()), options,
                clock);
    }

    /**
     * Returns the options.
     *
     * @return the options, not null
     */
    public JdbcOptions options() {
        return options;
    }

    /**
     * Returns the report store.
     *
     * @return the store, not null
     */
    public ReportStore reportStore() {
        return reports;
    }

    /**
     * Returns the reference store.
     *
     * @return the store, not null
     */
    public ReferenceStore referenceStore() {
        return reference;
    }

    /**
     * Returns the reconciliation store.
     *
     * @return the store, not null
     */
    public ReconciliationStore reconciliationStore() {
        return reconciliation;
    }

    /**
     * Returns the crosswalk store.
     *
     * @return the store, not null
     */
    public CrosswalkStore crosswalkStore() {
        return crosswalks;
    }

    /**
     * Returns the record of reminders, so that a restart, or another instance of the app on the
     * same database, never sends the same reminder twice.
     *
     * @return the log, not null
     * @since 0.2.0
     */
    public ReminderLog reminderLog() {
        return reminders;
    }
}
