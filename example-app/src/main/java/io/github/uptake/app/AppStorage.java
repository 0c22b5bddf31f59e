package io.github.uptake.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The app's database: an H2 file (by default under the user's data directory, or {@code --db
 * PATH}), or any JDBC URL ({@code --jdbc-url}, with {@code --user}/{@code --password} or the
 * environment variables {@code UPTAKE_DB_USER}/{@code UPTAKE_DB_PASSWORD}), behind a HikariCP pool.
 * The tables are in the library's default schema, {@code uptake}; a database made by an earlier
 * build of the app, with its tables in the connection's schema (PUBLIC in H2), is opened where its
 * tables are, as it is ({@link JdbcStorage#existingLayout}); nothing is moved.
 */
final class AppStorage implements AutoCloseable {
    private final HikariDataSource pool;
    private final JdbcStorage storage;
    private final String description;
    private Path h2File;

    private AppStorage(HikariDataSource pool, String description) {
        this.pool = pool;
        this.description = description;
        this.storage = JdbcStorage.open(pool,
                JdbcStorage.existingLayout(pool, JdbcOptions.defaults()));
    }

    /** Returns the default database file: {@code $XDG_DATA_HOME/uptake/uptake} or ~/.local/share. */
    static Path defaultDatabase() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("uptake").resolve("uptake");
    }

    /**
     * Opens the database: the JDBC URL if given (with the user and password given, or those of
     * the environment variables {@code UPTAKE_DB_USER} and {@code UPTAKE_DB_PASSWORD}), else the
     * H2 file {@code db}, else {@link #defaultDatabase()}.
     *
     * @param jdbcUrl  the JDBC URL, not null
     * @param user  the user of the JDBC URL, not null
     * @param password  its password, not null
     * @param db  the H2 file, without its {@code .mv.db}, not null
     * @return the open database, to be closed by the caller
     * @throws InUse if the H2 file is held by another process
     */
    static AppStorage open(Optional<String> jdbcUrl, Optional<String> user,
                           Optional<String> password, Optional<Path> db) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(8);
        config.setPoolName("uptake");
        String description;
        if (jdbcUrl.isPresent()) {
            config.setJdbcUrl(jdbcUrl.get());
            config.setUsername(user.orElse(System.getenv("UPTAKE_DB_USER")));
            config.setPassword(password.orElse(System.getenv("UPTAKE_DB_PASSWORD")));
            description = jdbcUrl.get();
        } else {
            Path file = db.orElse(defaultDatabase()).toAbsolutePath();
            config.setJdbcUrl("jdbc:h2:file:" + file);
            config.setUsername("sa");
            config.setPassword("");
            description = file + ".mv.db";
        }
        try {
            AppStorage opened = new AppStorage(new HikariDataSource(config), description);
            opened.h2File = jdbcUrl.isPresent() ? null : db.orElse(defaultDatabase())
                    .toAbsolutePath();
            return opened;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // H2's DATABASE_ALREADY_OPEN_1: another process (a running 'uptake serve') holds
                // the file
                if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
                    throw new InUse(description);
                }
            }
            throw e;
        }
    }

    /** The database file is held by another process, such as a running {@code uptake serve}. */
    static final class InUse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InUse(String description) {
            super("Cơ sở dữ liệu " + description + " đang được một tiến trình khác dùng (có thể là"
                    + " 'uptake serve' đang chạy): dừng nó, hoặc dùng --db khác. Không có gì bị"
                    + " thay đổi.\nThe database " + description + " is in use by another process"
                    + " (a running 'uptake serve'?): stop it, or give another --db. Nothing was"
                    + " changed.");
        }
    }

    /**
     * Returns the app's accounts in this database, creating their tables at first use.
     *
     * @return the accounts, not null
     */
    io.github.uptake.app.accounts.AccountStore accounts() {
        return io.github.uptake.app.accounts.AccountStore.open(pool, java.time.Clock.systemUTC());
    }

    JdbcStorage storage() {
        return storage;
    }

    /**
     * Returns the pool, for reads the stores do not offer (the segments the database has).
     *
     * @return the pool, closed with this database; not null
     */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    /**
     * Returns the H2 file, without its {@code .mv.db}, or empty for a JDBC URL.
     *
     * @return the file, if the database is an H2 file
     */
    Optional<Path> h2File() {
        return Optional.ofNullable(h2File);
    }

    /**
     * Returns the options that name this database on a command line, for messages that say what
     * to run: {@code --db PATH} or {@code --jdbc-url URL}.
     *
     * @return the options, not null
     */
    String options() {
        return h2File == null ? "--jdbc-url " + description : "--db " + h2File;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}
