package io.github.uptake.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies or validates the library's SQL migrations ({@code classpath:db/uptake}) with Flyway, in
 * the schema of the options (by default {@code uptake}, created if missing) with the library's own
 * history table ({@code <prefix>schema_history}), so it can share a database with the host's
 * migrations. Loaded only when Flyway is wanted, so Flyway stays optional.
 *
 * <p>Every failure is an {@link UptakeJdbcException} that keeps Flyway's exception as its cause and
 * the SQL state of the database's error; Flyway's "Unsupported Database" names the artifact to add.
 * Stateless and thread-safe. Not part of the API.
 */
final class Migrations {
    /** Where the SQL migrations are in the jar. */
    static final String LOCATION = "classpath:db/uptake";
    /** What Flyway's message starts with when no module on the classpath handles the database. */
    static final String UNSUPPORTED = "Unsupported Database";
    /** Flyway's database modules, by the product name JDBC reports; only PostgreSQL is verified. */
    private static final Map<String, String> MODULES = Map.of(
            "PostgreSQL", "org.flywaydb:flyway-database-postgresql");

    private Migrations() {
    }

    /** What the adapter found in the database before migrating. */
    private record Found(UnaryOperator<String> storedCase, String product) {
    }

    static void run(DataSource dataSource, JdbcOptions options) {
        if (options.migrationMode() == MigrationMode.NONE) {
            return;
        }
        String operation = operation(options);
        try {
            Class.forName("org.flywaydb.core.Flyway", false, Migrations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UptakeJdbcException(operation, "flyway-core is not on the classpath: add"
                    + " org.flywaydb:flyway-core (and org.flywaydb:flyway-database-postgresql for"
                    + " PostgreSQL), or apply db/uptake/*.sql yourself and use MigrationMode.NONE",
                    e);
        }
        Found found = inspect(dataSource, options);
        FlywayRunner.run(dataSource, options, found, operation);
    }

    private static String operation(JdbcOptions options) {
        return options.migrationMode() == MigrationMode.MIGRATE ? "migrating the Uptake schema"
                : "validating the Uptake schema";
    }

    /**
     * Reads how the database stores names and what it is, and refuses to start a new, empty
     * layout in a dedicated schema while the library's tables of the same prefix sit in the
     * connection's schema (the layout of earlier snapshots): that would look like lost data.
     */
    private static Found inspect(DataSource dataSource, JdbcOptions options) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            UnaryOperator<String> stored = storedCase(meta);
            String elsewhere = leftInConnectionSchema(c, options);
            if (elsewhere != null) {
                String target = stored.apply(options.schema().orElseThrow());
                throw new UptakeJdbcException("opening the Uptake schema", "Uptake's tables are in"
                        + " the connection's schema " + elsewhere + " (history table " + elsewhere
                        + "." + stored.apply(options.historyTable()) + "), but the options keep"
                        + " them in schema " + target + ", which has none. To keep using them,"
                        + " open with JdbcOptions.withConnectionSchema() (e.g. JdbcOptions"
                        + ".defaults().withConnectionSchema(), or JdbcStorage.existingLayout);"
                        + " or move them to schema " + target + " first. Nothing was changed.");
            }
            return new Found(stored, meta.getDatabaseProductName());
        } catch (SQLException e) {
            throw new UptakeJdbcException("reading the database's metadata", e);
        }
    }

    /**
     * Returns the connection's current schema if it holds the library's history table of the
     * options' prefix while the options' own schema does not; null otherwise, and always null for
     * options without a schema of their own.
     *
     * @param c  a connection
     * @param options  the options
     * @return the schema, as the database stores its name, or null
     * @throws SQLException if the metadata cannot be read
     */
    static String leftInConnectionSchema(Connection c, JdbcOptions options) throws SQLException {
        String current = c.getSchema();
        if (options.schema().isEmpty() || current == null) {
            return null;
        }
        DatabaseMetaData meta = c.getMetaData();
        UnaryOperator<String> stored = storedCase(meta);
        String history = stored.apply(options.historyTable());
        String target = stored.apply(options.schema().get());
        return !current.equals(target) && exists(meta, current, history)
                && !exists(meta, target, history) ? current : null;
    }

    private static UnaryOperator<String> storedCase(DatabaseMetaData meta) throws SQLException {
        if (meta.storesUpperCaseIdentifiers()) {
            return s -> s.toUpperCase(Locale.ROOT);
        }
        if (meta.storesLowerCaseIdentifiers()) {
            return s -> s.toLowerCase(Locale.ROOT);
        }
        return s -> s;
    }

    private static boolean exists(DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        String escape = meta.getSearchStringEscape();
        try (ResultSet rs = meta.getTables(null, pattern(schema, escape), pattern(table, escape),
                null)) {
            while (rs.next()) {
                if (schema.equals(rs.getString("TABLE_SCHEM"))
                        && table.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String pattern(String name, String escape) {
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_")
                .replace("%", escape + "%");
    }

    /**
     * Turns a failure of Flyway into the adapter's exception, keeping it as the cause (with its
     * SQL state) and, when Flyway has no module for the database, naming the artifact to add.
     *
     * @param operation  what was being done
     * @param failure  Flyway's exception
     * @param product  the database's product name, as JDBC reports it
     * @return the exception to throw
     */
    static UptakeJdbcException translate(String operation, RuntimeException failure,
                                         String product) {
        String message = String.valueOf(failure.getMessage());
        if (message.startsWith(UNSUPPORTED)) {
            String module = MODULES.get(product);
            return new UptakeJdbcException(operation, "Flyway's support for " + product
                    + " is not on the classpath (" + message + "). Add " + (module != null
                    ? module : "Flyway's database module for " + product)
                    + " in the version of flyway-core; or apply db/uptake/*.sql yourself and use"
                    + " MigrationMode.NONE", failure);
        }
        return new UptakeJdbcException(operation, message, failure);
    }

    /** Holds the Flyway calls, so the class is loaded only when Flyway is present. */
    private static final class FlywayRunner {
        static void run(DataSource dataSource, JdbcOptions options, Found found,
                        String operation) {
            try {
                // Flyway quotes the names it is given; give them in the case the database stores
                // unquoted names (upper in H2, lower in PostgreSQL), so the plain SQL finds them
                FluentConfiguration config = Flyway.configure(Migrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(LOCATION)
                        .table(found.storedCase().apply(options.historyTable()))
                        .placeholders(Map.of("prefix", options.tablePrefix()))
                        .baselineOnMigrate(true)
                        .baselineVersion("0");
                options.schema().map(found.storedCase()).ifPresent(s -> config.schemas(s)
                        .defaultSchema(s).createSchemas(true));
                Flyway flyway = config.load();
                if (options.migrationMode() == MigrationMode.MIGRATE) {
                    flyway.migrate();
                } else {
                    flyway.validate();
                }
            } catch (RuntimeException e) {
                throw translate(operation, e, found.product());
            }
        }
    }
}
