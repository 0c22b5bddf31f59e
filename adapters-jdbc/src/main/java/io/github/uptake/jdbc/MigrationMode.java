package io.github.uptake.jdbc;

/** What {@link JdbcStorage#open} does about the schema. */
public enum MigrationMode {
    /** Create or upgrade the tables with Flyway (needs {@code flyway-core} on the classpath). */
    MIGRATE,
    /** Check with Flyway that the tables are at the library's version; change nothing. */
    VALIDATE,
    /** Do nothing: the host applied the SQL of {@code db/uptake} itself. */
    NONE
}
