package io.github.uptake.jdbc;

/**
 * What {@link JdbcStorage#open} does about the schema.
 *
 * @since 0.1.0
 */
public enum MigrationMode {
    /**
     * Create or upgrade the tables with Flyway (needs {@code flyway-core}, and its module for the
     * database, such as {@code flyway-database-postgresql}, on the classpath); the schema of the
     * options is created if missing.
     */
    MIGRATE,
    /** Check with Flyway that the tables are at the library's version; change nothing. */
    VALIDATE,
    /**
     * Do nothing: the host applied the SQL of {@code db/uptake} itself, in the schema of the
     * options ({@code uptake} by default: create it, and run the SQL with it as the current schema),
     * replacing {@code ${prefix}} with the table prefix.
     */
    NONE
}
