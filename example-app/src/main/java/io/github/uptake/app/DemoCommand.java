package io.github.uptake.app;

import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.app.demo.DemoAccounts;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code uptake demo}: loads the Long An demo into the database if it is empty, with the demo's
 * accounts (their generated passwords printed once), writes Long An's configuration file beside
 * it for a province to copy ({@value AppConfigFile#FILE_NAME}, never over an existing file), then
 * prints the province's summary of 15/8/2020. Not thread-safe: one per command line.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the Long An demo if need be, print its summary.%n",
                "The demo is loaded into the database if it is empty. It is Long An on"
                        + " 15/8/2020: its 15 districts and 188 communes, a month of daily"
                        + " reports, one data-quality problem of each kind, and the later"
                        + " history (1/12/2024, Tây Ninh from 1/7/2025)."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--config-out", paramLabel = "FILE", description = {"where to write Long"
            + " An's configuration file, the example to copy (default: uptake.yaml beside the H2"
            + " file, or in the current folder for --jdbc-url); an existing file is kept"})
    private Path configOut;

    @Mixin
    private LanguageOption language = new LanguageOption();
    @Mixin
    private DatabaseOptions database = new DatabaseOptions();

    private final PrintStream out;
    private final PrintStream err;

    /**
     * Makes the command.
     *
     * @param out  where the summary goes, not null
     * @param err  where a refusal goes, not null
     */
    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Loads the demo if need be and prints the summary.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        try (AppStorage db = database.open()) {
            JdbcStorage s = db.storage();
            if (!loadIfEmpty(db, out)) {
                if (!isDemo(s)) {
                    // another province's database: nothing written, nothing printed as Long An
                    err.println("Cơ sở dữ liệu " + db.description() + " không phải của bản demo"
                            + " (không có Long An ngày 15/8/2020); 'uptake demo' chỉ chạy trên cơ"
                            + " sở dữ liệu trống hoặc của bản demo: dùng --db khác.\nThe database "
                            + db.description() + " is not the demo's (no Long An on 15/8/2020);"
                            + " 'uptake demo' runs on an empty database or the demo's: give"
                            + " another --db.");
                    return ExitCodes.USAGE;
                }
                out.println("Using " + db.description());
            }
            writeConfig(configOut != null ? configOut : db.h2File().map(f -> f.resolveSibling(
                    AppConfigFile.FILE_NAME)).orElse(Path.of(AppConfigFile.FILE_NAME)), out);
            out.println();
            ProvinceSummary.print(s.referenceStore(), s.reportStore(), LongAnDemo.DAY,
                    language.format(), out);
        }
        return ExitCodes.OK;
    }

    /** Returns true if the database has the demo's province on the demo's day. */
    private static boolean isDemo(JdbcStorage s) {
        return s.referenceStore().hierarchy(Hierarchy.TERRITORIAL).flatMap(h -> h.versionOn(
                LongAnDemo.DAY)).map(v -> v.contains(LongAnDemo.PROVINCE)).orElse(false);
    }

    /**
     * Loads the Long An demo into a database that has no territorial units, saying so.
     *
     * @param db  the database, not null
     * @param out  where to say so, not null
     * @return true if the demo was loaded, false if the database already had units
     */
    static boolean loadIfEmpty(AppStorage db, PrintStream out) {
        if (db.storage().referenceStore().hierarchy(Hierarchy.TERRITORIAL).isPresent()) {
            return false;
        }
        out.println("Loading the Long An demo into " + db.description() + " ...");
        DemoLoader.load(db.storage(), LongAnDemo.make());
        DemoAccounts.lines(DemoAccounts.add(db.accounts())).forEach(out::println);
        return true;
    }

    /**
     * Writes Long An's configuration file, the example a province copies, unless the file is
     * there already; says which.
     *
     * @param file  the file, not null
     * @param out  where to say so, not null
     */
    static void writeConfig(Path file, PrintStream out) {
        Path f = file.toAbsolutePath();
        if (Files.exists(f)) {
            out.println("Cấu hình / Configuration: " + f);
            return;
        }
        try {
            if (f.getParent() != null) {
                Files.createDirectories(f.getParent());
            }
            Files.writeString(f, AppConfigFile.longAnText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
        }
        out.println("Đã ghi cấu hình của Long An để tỉnh khác sao chép / Wrote Long An's"
                + " configuration, for another province to copy: " + f);
    }
}
