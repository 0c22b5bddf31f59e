package io.github.uptake.app;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options that choose the database, shared by every command that opens it: {@code --db PATH}
 * (an H2 file; by default {@link AppStorage#defaultDatabase()}), or {@code --jdbc-url URL} with
 * {@code --user} and {@code --password} (or the environment variables {@code UPTAKE_DB_USER} and
 * {@code UPTAKE_DB_PASSWORD}). A JDBC URL wins over {@code --db}. The options are inherited by
 * subcommands ({@code uptake load --db X units F} is {@code uptake load units F --db X}).
 * Not thread-safe: one per command line.
 */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = {"the H2 database file, without .mv.db; by default",
                "$XDG_DATA_HOME/uptake/uptake", "or ~/.local/share/uptake/uptake"})
    private Path db;

    @Option(names = "--jdbc-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = {"another database instead, such as", "jdbc:postgresql://host/db"})
    private String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", scope = ScopeType.INHERIT,
            description = "the user of --jdbc-url (default: $UPTAKE_DB_USER)")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
            description = "the password of --jdbc-url (default: $UPTAKE_DB_PASSWORD)")
    private String password;

    /** Returns the H2 file the options name (the default one if none), without .mv.db. */
    Path h2File() {
        return (db != null ? db : AppStorage.defaultDatabase()).toAbsolutePath();
    }

    /** Returns the JDBC URL, if given. */
    Optional<String> jdbcUrl() {
        return Optional.ofNullable(jdbcUrl);
    }

    /**
     * Opens the database the options name.
     *
     * @return the open database, to be closed by the caller; not null
     * @throws AppStorage.InUse if the H2 file is held by another process, such as a running
     *     {@code uptake serve}
     */
    AppStorage open() {
        return AppStorage.open(Optional.ofNullable(jdbcUrl), Optional.ofNullable(user),
                Optional.ofNullable(password), Optional.ofNullable(db));
    }
}
