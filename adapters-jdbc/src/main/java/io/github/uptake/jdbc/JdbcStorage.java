package io.github.uptake.jdbc;

import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Uptake's storage in a database reached through the host's {@link DataSource}: the report store,
 * the reference store, the reconciliation store and the crosswalk store over the same tables.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.open(dataSource, JdbcOptions.defaults());
 * storage.reportStore().submit(submission);
 * }</pre>
 *
 * <p>The adapter never creates a pool: pass the host's (HikariCP, the container's...). Every write
 * is one transaction, retried when the database reports a serialization failure or a concurrent
 * insert of the same key. This class is immutable and thread-safe.
 */
public final class JdbcStorage {
    private final JdbcOptions options;
    private final ReportStore reports;
    private final ReferenceStore reference;
    private final ReconciliationStore reconciliation;
    private final CrosswalkStore crosswalks;

    private JdbcStorage(DataSource dataSource, JdbcOptions options, Clock clock) {
        this.options = options;
        Transactions tx = new Transactions(dataSource, options.maxAttempts());
        this.reports = new JdbcReportStore(tx, options, clock);
        this.reference = new JdbcReferenceStore(tx, options);
        this.reconciliation = new JdbcReconciliationStore(tx, options);
        this.crosswalks = new JdbcCrosswalkStore(tx, options);
    }

    /**
     * Opens the storage: applies or validates the migrations as the options say, then returns the
     * stores.
     *
     * @param dataSource  the host's data source, not null
     * @param options  the options, not null
     * @return the storage, not null
     * @throws UptakeJdbcException if the migrations fail or do not validate
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
     */
    public static JdbcStorage open(DataSource dataSource, JdbcOptions options, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(options, "options");
        Migrations.run(dataSource, options);
        return new JdbcStorage(dataSource, options, Objects.requireNonNull(clock, "clock"));
    }

    /** Returns the options. */
    public JdbcOptions options() {
        return options;
    }

    /** Returns the report store. */
    public ReportStore reportStore() {
        return reports;
    }

    /** Returns the reference store. */
    public ReferenceStore referenceStore() {
        return reference;
    }

    /** Returns the reconciliation store. */
    public ReconciliationStore reconciliationStore() {
        return reconciliation;
    }

    /** Returns the crosswalk store. */
    public CrosswalkStore crosswalkStore() {
        return crosswalks;
    }
}
