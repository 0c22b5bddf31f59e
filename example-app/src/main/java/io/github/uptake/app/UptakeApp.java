package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.memory.InMemoryReferenceStore;
import io.github.uptake.memory.InMemoryReportStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The command line of the example app: {@code java -jar uptake.jar demo [--lang vi|en]}.
 *
 * <p>For now the demo runs on in-memory stores; the storage and dashboard issues replace them with
 * the embedded database and add the other commands.
 */
public final class UptakeApp {
    private UptakeApp() {
    }

    /**
     * Runs a command.
     *
     * @param args  the command and its options
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs a command and returns its exit code: 0 on success, 64 on a usage error.
     *
     * @param args  the command and its options
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? 64 : 0;
        }
        if (!args[0].equals("demo")) {
            err.println("unknown command '" + args[0] + "'; run with --help to see the commands");
            return 64;
        }
        UptakeFormat format = UptakeFormat.vietnamese();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--help")) {
                out.println("usage: uptake demo [--lang vi|en]");
                out.println("  Loads the Long An demo data of 15/8/2020 and prints the province summary.");
                return 0;
            } else if (args[i].equals("--lang") && i + 1 < args.length
                    && (args[i + 1].equals("vi") || args[i + 1].equals("en"))) {
                format = UptakeFormat.of(Locale.forLanguageTag(args[++i]));
            } else {
                err.println("demo: unknown or incomplete option '" + args[i]
                        + "'; usage: uptake demo [--lang vi|en]");
                return 64;
            }
        }
        InMemoryReferenceStore reference = new InMemoryReferenceStore();
        InMemoryReportStore reports = new InMemoryReportStore();
        LongAnDemo.load(reference, reports);
        ProvinceSummary.print(reference, reports, LongAnDemo.DAY, format, out);
        return 0;
    }

    private static void usage(PrintStream s) {
        s.println("usage: uptake <command> [options]");
        s.println();
        s.println("commands:");
        s.println("  demo [--lang vi|en]   print the Long An summary of 15/8/2020");
        s.println();
        s.println("Each command takes --help.");
    }
}
