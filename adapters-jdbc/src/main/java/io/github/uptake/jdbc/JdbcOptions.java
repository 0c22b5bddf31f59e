package io.github.uptake.jdbc;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the adapter lives in a database: the prefix of its tables (default {@code uptake_}), the
 * schema they are in (default: the connection's), and what to do about migrations (default
 * {@link MigrationMode#MIGRATE}). The history table of the library's migrations is
 * {@code <prefix>schema_history}, so it never collides with the host's own.
 * This class is immutable and thread-safe.
 */
public final class JdbcOptions {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final JdbcOptions DEFAULTS = new JdbcOptions("uptake_", null,
            MigrationMode.MIGRATE, 50);

    private final String tablePrefix;
    private final String schema;
    private final MigrationMode migrationMode;
    private final int maxAttempts;

    private JdbcOptions(String tablePrefix, String schema, MigrationMode mode, int maxAttempts) {
        if (!tablePrefix.isEmpty() && !NAME.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be lower-case letters, digits and"
                    + " '_', starting with a letter, 30 at most; was '" + tablePrefix + "'");
        }
        if (schema != null && !NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema must be lower-case letters, digits and '_',"
                    + " starting with a letter, 30 at most; was '" + schema + "'");
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 100, was " + maxAttempts);
        }
        this.tablePrefix = tablePrefix;
        this.schema = schema;
        this.migrationMode = Objects.requireNonNull(mode, "migrationMode");
        this.maxAttempts = maxAttempts;
    }

    /** Returns the defaults: prefix {@code uptake_}, the connection's schema, migrate. */
    public static JdbcOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another table prefix.
     *
     * @param prefix  lower-case letters, digits and '_', or empty for none
     * @return the options, not null
     */
    public JdbcOptions withTablePrefix(String prefix) {
        return new JdbcOptions(prefix, schema, migrationMode, maxAttempts);
    }

    /**
     * Returns a copy that keeps the tables in a schema (created by migration if missing).
     *
     * @param name  the schema, lower-case; null for the connection's
     * @return the options, not null
     */
    public JdbcOptions withSchema(String name) {
        return new JdbcOptions(tablePrefix, name, migrationMode, maxAttempts);
    }

    /**
     * Returns a copy with another migration mode.
     *
     * @param mode  the mode, not null
     * @return the options, not null
     */
    public JdbcOptions withMigrationMode(MigrationMode mode) {
        return new JdbcOptions(tablePrefix, schema, mode, maxAttempts);
    }

    /**
     * Returns a copy that tries a transaction at most this many times when the database reports a
     * serialization failure or a concurrent insert of the same key.
     *
     * @param attempts  1 to 100
     * @return the options, not null
     */
    public JdbcOptions withMaxAttempts(int attempts) {
        return new JdbcOptions(tablePrefix, schema, migrationMode, attempts);
    }

    /** Returns the table prefix. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** Returns the schema, if set. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** Returns the migration mode. */
    public MigrationMode migrationMode() {
        return migrationMode;
    }

    /** Returns the most attempts of a transaction. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the qualified name of one of the library's tables.
     *
     * @param table  the table's name without prefix, e.g. {@code report_revision}
     * @return e.g. {@code campaign.uptake_report_revision}
     */
    public String table(String table) {
        return (schema == null ? "" : schema + ".") + tablePrefix + table;
    }

    @Override
    public String toString() {
        return "JdbcOptions[prefix=" + tablePrefix + ", schema=" + schema + ", migration="
                + migrationMode + ", maxAttempts=" + maxAttempts + "]";
    }
}
