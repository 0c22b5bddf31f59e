package io.github.uptake.jdbc;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the adapter lives in a database: the schema its tables are in, the prefix of their names, the
 * history table of its migrations, and what to do about migrations.
 *
 * <p>The defaults ({@link #defaults()}) keep everything in a schema of its own, {@value
 * #DEFAULT_SCHEMA}, created if missing: tables {@code uptake.uptake_*}, history table {@code
 * uptake.uptake_schema_history}, migrations applied on open ({@link MigrationMode#MIGRATE}). A host
 * application with its own Flyway migrations in its own (default) schema never sees Uptake's
 * tables, so its Flyway starts on a fresh database whichever of the two migrates first, with no
 * baseline setting. Another schema is chosen with {@link #withSchema(String)}; the connection's own
 * schema, the layout of snapshots before it, with {@link #withConnectionSchema()} (read its
 * warning).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JdbcOptions {
    /** The schema of the defaults: {@value}. */
    public static final String DEFAULT_SCHEMA = "uptake";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final JdbcOptions DEFAULTS = new JdbcOptions("uptake_", DEFAULT_SCHEMA,
            MigrationMode.MIGRATE, 50);
    /** Flyway's default history table, the one a host's own Flyway uses. */
    private static final String FLYWAY_DEFAULT_HISTORY = "flyway_schema_history";

    private final String tablePrefix;
    private final String schema;
    private final MigrationMode migrationMode;
    private final int maxAttempts;

    private JdbcOptions(String tablePrefix, String schema, MigrationMode mode, int maxAttempts) {
        if (!tablePrefix.isEmpty() && !NAME.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be lower-case letters, digits and"
                    + " '_', starting with a letter, 30 at most; was '" + tablePrefix + "'");
        }
        if ((tablePrefix + "schema_history").equals(FLYWAY_DEFAULT_HISTORY)) {
            throw new IllegalArgumentException("tablePrefix '" + tablePrefix + "' would name the"
                    + " history table " + FLYWAY_DEFAULT_HISTORY + ", the host's own Flyway's;"
                    + " choose another prefix");
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

    /**
     * Returns the defaults: schema {@value #DEFAULT_SCHEMA} (created if missing), prefix {@code
     * uptake_}, history table {@code uptake_schema_history} in that schema, {@link
     * MigrationMode#MIGRATE}, 50 attempts.
     *
     * @return the defaults, not null
     */
    public static JdbcOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another table prefix. The history table follows it: {@code
     * <prefix>schema_history}.
     *
     * @param prefix  lower-case letters, digits and '_', starting with a letter, 30 at most; or
     *     empty for none; not {@code flyway_}, whose history table would be the host's; not null
     * @return the options, not null
     * @throws IllegalArgumentException if the prefix is not such a name
     */
    public JdbcOptions withTablePrefix(String prefix) {
        return new JdbcOptions(Objects.requireNonNull(prefix, "prefix"), schema, migrationMode,
                maxAttempts);
    }

    /**
     * Returns a copy that keeps the tables and the history table in a schema of their own, created
     * by the migration if missing. Give a schema that the host's own Flyway does not manage: one
     * listed in the host's {@code schemas}, or its default schema, brings the caveats of {@link
     * #withConnectionSchema()}.
     *
     * @param name  the schema, lower-case letters, digits and '_', starting with a letter, 30 at
     *     most, not null
     * @return the options, not null
     * @throws IllegalArgumentException if the name is not such a name
     */
    public JdbcOptions withSchema(String name) {
        return new JdbcOptions(tablePrefix, Objects.requireNonNull(name, "name"), migrationMode,
                maxAttempts);
    }

    /**
     * Returns a copy that keeps the tables in the connection's current schema (PUBLIC in H2,
     * {@code public} or the first of the search path in PostgreSQL), unqualified, as the adapter
     * did before the dedicated schema became the default; the history table stays
     * {@code <prefix>schema_history}, distinct from a host's {@code flyway_schema_history}.
     *
     * <p><b>Warning.</b> In a schema a host's own Flyway also manages, the order of the first start
     * matters. If Uptake migrates first, the host's Flyway finds a non-empty schema without its
     * history table and refuses to start ("Found non-empty schema(s) ... but no schema history
     * table"). The usual fix, {@code baselineOnMigrate} ({@code spring.flyway.baseline-on-migrate}),
     * then baselines at version 1 and <em>silently skips the host's V1</em>; the host must also set
     * {@code baselineVersion} to {@code 0} ({@code spring.flyway.baseline-version=0}). Prefer a
     * schema of Uptake's own ({@link #defaults()}, {@link #withSchema(String)}) unless the host
     * already migrated before Uptake ever starts, or an existing database has Uptake's tables
     * there.
     *
     * @return the options, not null
     */
    public JdbcOptions withConnectionSchema() {
        return new JdbcOptions(tablePrefix, null, migrationMode, maxAttempts);
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
     * @throws IllegalArgumentException if attempts is out of range
     */
    public JdbcOptions withMaxAttempts(int attempts) {
        return new JdbcOptions(tablePrefix, schema, migrationMode, attempts);
    }

    /**
     * Returns the table prefix.
     *
     * @return e.g. {@code uptake_}, empty for none, not null
     */
    public String tablePrefix() {
        return tablePrefix;
    }

    /**
     * Returns the schema of the tables.
     *
     * @return the schema, empty if the tables are in the connection's current schema
     */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /**
     * Returns the name of the history table of the library's migrations, in the schema of the
     * tables: {@code <prefix>schema_history}.
     *
     * @return e.g. {@code uptake_schema_history}, not null
     */
    public String historyTable() {
        return tablePrefix + "schema_history";
    }

    /**
     * Returns the migration mode.
     *
     * @return the mode, not null
     */
    public MigrationMode migrationMode() {
        return migrationMode;
    }

    /**
     * Returns the most attempts of a transaction.
     *
     * @return 1 to 100
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the qualified name of one of the library's tables, as the adapter writes it in SQL.
     *
     * @param table  the table's name without prefix, e.g. {@code report_revision}, not null
     * @return e.g. {@code uptake.uptake_report_revision}; unqualified with {@link
     *     #withConnectionSchema()}; not null
     */
    public String table(String table) {
        return (schema == null ? "" : schema + ".") + tablePrefix + table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JdbcOptions other && tablePrefix.equals(other.tablePrefix)
                && Objects.equals(schema, other.schema) && migrationMode == other.migrationMode
                && maxAttempts == other.maxAttempts;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tablePrefix, schema, migrationMode, maxAttempts);
    }

    @Override
    public String toString() {
        return "JdbcOptions[prefix=" + tablePrefix + ", schema=" + schema + ", migration="
                + migrationMode + ", maxAttempts=" + maxAttempts + "]";
    }
}
