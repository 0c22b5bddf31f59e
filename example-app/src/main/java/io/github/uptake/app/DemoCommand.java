package io.github.uptake.app;

import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code uptake demo}: loads the Long An demo into the database if it is empty, then prints the
 * province's summary of 15/8/2020. Not thread-safe: one per command line.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the Long An demo if need be, print its summary.%n",
                "The demo is loaded into the database if it is empty. It is Long An on"
                        + " 15/8/2020: its 15 districts and 188 communes, a month of daily"
                        + " reports, one data-quality problem of each kind, and the later"
                        + " history (1/12/2024, Tây Ninh from 1/7/2025)."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    private LanguageOption language = new LanguageOption();
    @Mixin
    private DatabaseOptions database = new DatabaseOptions();

    private final PrintStream out;

    /**
     * Makes the command.
     *
     * @param out  where the summary goes, not null
     */
    DemoCommand(PrintStream out) {
        this.out = out;
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
                out.println("Using " + db.description());
            }
            out.println();
            ProvinceSummary.print(s.referenceStore(), s.reportStore(), LongAnDemo.DAY,
                    language.format(), out);
        }
        return ExitCodes.OK;
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
        return true;
    }
}
