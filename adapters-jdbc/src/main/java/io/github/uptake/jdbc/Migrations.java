package io.github.uptake.jdbc;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies or validates the library's SQL migrations ({@code classpath:db/uptake}) with Flyway, using
 * the library's own history table ({@code <prefix>schema_history}) so it can share a database with
 * the host's migrations. Loaded only when Flyway is wanted, so Flyway stays optional.
 * Not part of the API.
 */
final class Migrations {
    /** Where the SQL migrations are in the jar. */
    static final String LOCATION = "classpath:db/uptake";

    private Migrations() {
    }

    static void run(DataSource dataSource, JdbcOptions options) {
        if (options.migrationMode() == MigrationMode.NONE) {
            return;
        }
        try {
            Class.forName("org.flywaydb.core.Flyway", false, Migrations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UptakeJdbcException("migrating the Uptake schema", "flyway-core is not on"
                    + " the classpath: add org.flywaydb:flyway-core (and flyway-database-postgresql"
                    + " for PostgreSQL), or apply db/uptake/*.sql yourself and use"
                    + " MigrationMode.NONE");
        }
        FlywayRunner.run(dataSource, options);
    }

    private static java.util.function.UnaryOperator<String> storedCase(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            java.sql.DatabaseMetaData meta = c.getMetaData();
            if (meta.storesUpperCaseIdentifiers()) {
                return s -> s.toUpperCase(java.util.Locale.ROOT);
            }
            if (meta.storesLowerCaseIdentifiers()) {
                return s -> s.toLowerCase(java.util.Locale.ROOT);
            }
            return s -> s;
        } catch (java.sql.SQLException e) {
            throw new UptakeJdbcException("reading the database's metadata", e);
        }
    }

    /** Holds the Flyway calls, so the class is loaded only when Flyway is present. */
    private static final class FlywayRunner {
        static void run(DataSource dataSource, JdbcOptions options) {
            // Flyway quotes the names it is given; give them in the case the database stores
            // unquoted names (upper in H2, lower in PostgreSQL), so the plain SQL finds them
            java.util.function.UnaryOperator<String> stored = storedCase(dataSource);
            FluentConfiguration config = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .table(stored.apply(options.tablePrefix() + "schema_history"))
                    .placeholders(Map.of("prefix", options.tablePrefix()))
                    .baselineOnMigrate(true)
                    .baselineVersion("0");
            options.schema().map(stored).ifPresent(s -> config.schemas(s).defaultSchema(s)
                    .createSchemas(true));
            Flyway flyway = config.load();
            try {
                if (options.migrationMode() == MigrationMode.MIGRATE) {
                    flyway.migrate();
                } else {
                    flyway.validate();
                }
            } catch (RuntimeException e) {
                throw new UptakeJdbcException(options.migrationMode() == MigrationMode.MIGRATE
                        ? "migrating the Uptake schema" : "validating the Uptake schema",
                        e.getMessage());
            }
        }
    }
}
