package io.github.uptake.app;

import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.problem.Validated;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and reads the province's configuration for a command that runs on it ({@code serve},
 * {@code remind}): {@code --config FILE}, else {@code uptake.yaml} beside the H2 file if there is
 * one, else Long An's. A refused file prints every problem, located, in both languages, the
 * chosen one first. This class is stateless and thread-safe.
 */
final class ConfigFileOption {
    private ConfigFileOption() {
    }

    /**
     * Returns the configuration file a command runs on, if any.
     *
     * @param given  {@code --config}, or null
     * @param database  the database options, for the file beside the H2 file, not null
     * @return the file, or empty for Long An's built-in configuration
     */
    static Optional<Path> file(Path given, DatabaseOptions database) {
        if (given != null) {
            return Optional.of(given);
        }
        Path beside = database.h2File().resolveSibling(AppConfigFile.FILE_NAME);
        return database.jdbcUrl().isEmpty() && Files.isRegularFile(beside) ? Optional.of(beside)
                : Optional.empty();
    }

    /**
     * Reads the configuration.
     *
     * @param given  {@code --config}, or null
     * @param database  the database options, not null
     * @param vi  true to print refusals in Vietnamese first
     * @param nothing  what was not done because of a refusal, in Vietnamese and English, e.g.
     *     {@code "chưa chạy gì", "nothing was started"}
     * @param err  where refusals go, not null
     * @return the configuration, or empty (its problems printed) if the file is refused
     */
    static Optional<AppConfigFile.Loaded> read(Path given, DatabaseOptions database, boolean vi,
                                               String[] nothing, PrintStream err) {
        Optional<Path> file = file(given, database);
        if (file.isEmpty()) {
            return Optional.of(AppConfigFile.longAn());
        }
        Validated<AppConfigFile.Loaded> v = AppConfigFile.read(file.get());
        if (!v.isValid()) {
            String refusedVi = "Tệp cấu hình " + file.get() + " bị từ chối; " + nothing[0] + ":";
            String refusedEn = "The configuration file " + file.get() + " is refused; "
                    + nothing[1] + ":";
            // both languages, the chosen one first, as every refusal of the command line
            err.println(vi ? refusedVi : refusedEn);
            err.println("  " + (vi ? refusedEn : refusedVi));
            v.problems().forEach(p -> {
                err.println("  " + p.location() + ": " + (vi ? p.messageVi() : p.messageEn()));
                err.println("      " + (vi ? p.messageEn() : p.messageVi()));
            });
            return Optional.empty();
        }
        return Optional.of(v.value());
    }
}
