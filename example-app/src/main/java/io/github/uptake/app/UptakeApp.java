package io.github.uptake.app;

import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ExcelTemplates;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.problem.Validated;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of the example app, {@code java -jar uptake.jar <command>}: the Long An demo,
 * templates, imports, reports and bulk loads on the embedded database (or any JDBC URL). Every
 * command takes {@code --help}. Exit codes: 0 done, 2 an input was rejected (its problems are
 * printed), 64 a usage error, 70 an unexpected failure.
 */
public final class UptakeApp {
    static final int OK = 0;
    static final int REJECTED = 2;
    static final int USAGE = 64;
    static final int FAILURE = 70;
    private static final Set<String> DB = Set.of("db", "jdbc-url", "user", "password", "lang");

    private final PrintStream out;
    private final PrintStream err;

    private UptakeApp(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs a command and exits with its code.
     *
     * @param args  the command and its options
     */
    public static void main(String[] args) {
        // POI logs through the Log4j API; without a provider it complains once. Keep it quiet.
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs a command and returns its exit code.
     *
     * @param args  the command and its options
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new UptakeApp(out, err).dispatch(args);
    }

    private int dispatch(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        String command = args[0];
        try {
            return switch (command) {
                case "demo" -> demo(Args.parse(args, 1, DB));
                case "serve" -> serve(Args.parse(args, 1, with("port", "host", "mapping",
                        RollUpOptions.PARENT_FIGURES, RollUpOptions.CARRY_FORWARD)));
                case "template" -> template(Args.parse(args, 1, with("unit", "date", "segment",
                        "out")));
                case "import" -> new ImportCommand(out, err).run(Args.parse(args, 1,
                        with(ImportCommand.OPTIONS.toArray(String[]::new)), ImportCommand.FLAGS));
                case "report" -> new ReportCommand(out).run(Args.parse(args, 1,
                        with(ReportCommand.OPTIONS.toArray(String[]::new))));
                case "load" -> new LoadCommand(out, err).run(Args.parse(args, 1,
                        with(LoadCommand.OPTIONS.toArray(String[]::new)), LoadCommand.FLAGS));
                default -> {
                    err.println("unknown command '" + command + "'; run with --help to see the"
                            + " commands");
                    yield USAGE;
                }
            };
        } catch (Args.UsageException e) {
            err.println(command + ": " + e.getMessage() + "; run '" + command
                    + " --help' for the options");
            return USAGE;
        } catch (ProblemsException e) {
            e.problems().forEach(p -> err.println(p.location() + ": " + p.messageEn()));
            return REJECTED;
        } catch (AppStorage.InUse e) {
            err.println(command + ": " + e.getMessage());
            return USAGE;
        } catch (RuntimeException | IOException e) {
            err.println(command + " failed: " + e.getMessage());
            return FAILURE;
        }
    }

    private static Set<String> with(String... names) {
        Set<String> s = new java.util.HashSet<>(DB);
        s.addAll(List.of(names));
        return s;
    }

    private void usage(PrintStream s) {
        s.println("usage: uptake <command> [options]");
        s.println();
        s.println("commands:");
        s.println("  demo       create (or reuse) the Long An demo database and print the summary");
        s.println("  serve      the web dashboard on the database (default: the demo's), port 7070");
        s.println("  template   write the Excel template of a unit for a day");
        s.println("  import     import filled workbooks (--dry-run: check first); exit 2 if any is"
                + " refused");
        s.println("  report     the report of a unit on a day: text, csv, json or xlsx");
        s.println("  load       bulk-load units, denominators, reports or a crosswalk from CSV");
        s.println();
        s.println("Every command takes --db PATH (an H2 file; default " + AppStorage
                .defaultDatabase() + ") or --jdbc-url URL [--user U --password P] (or"
                + " UPTAKE_DB_USER, UPTAKE_DB_PASSWORD), and --help.");
    }

    static UptakeFormat format(Args a) throws Args.UsageException {
        String lang = a.get("lang").orElse("vi");
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new Args.UsageException("--lang must be vi or en, was " + lang);
        }
        return UptakeFormat.of(Locale.forLanguageTag(lang));
    }

    private int demo(Args a) throws Args.UsageException {
        if (a.help()) {
            out.println("usage: uptake demo [--db PATH | --jdbc-url URL] [--lang vi|en]");
            out.println("  Loads the Long An demo of 15/8/2020 into the database if it is empty,");
            out.println("  then prints the province's summary.");
            return OK;
        }
        UptakeFormat format = format(a);
        try (AppStorage db = AppStorage.open(a)) {
            JdbcStorage s = db.storage();
            if (s.referenceStore().hierarchy(Hierarchy.TERRITORIAL).isEmpty()) {
                out.println("Loading the Long An demo into " + db.description() + " ...");
                DemoLoader.load(s, LongAnDemo.make());
            } else {
                out.println("Using " + db.description());
            }
            out.println();
            ProvinceSummary.print(s.referenceStore(), s.reportStore(), LongAnDemo.DAY, format, out);
        }
        return OK;
    }

    private int serve(Args a) throws Args.UsageException {
        if (a.help()) {
            out.println("usage: uptake serve [--db PATH | --jdbc-url URL] [--port N]"
                    + " [--host ADDRESS] [--mapping FILE] [--parent-figures children|own|"
                    + "own-when-children-missing] [--carry-forward N]");
            out.println("  The web dashboard (default: the demo database on 127.0.0.1:7070).");
            out.println("  Demo users: sotttt / demo-sotttt (all units), tanan / demo-tanan (794),");
            out.println("  duchue / demo-duchue (801).");
            out.println("  --mapping FILE: how the upload reads sheets that are not templates, in");
            out.println("  the format of 'uptake import --mapping' (see 'uptake import --help'):");
            MappingFile.documentation().forEach(l -> out.println("    " + l));
            out.println("  The pages and the consolidated report roll up under these options, as");
            out.println("  'uptake report' does:");
            RollUpOptions.help().forEach(out::println);
            return OK;
        }
        RollUpPolicy policy = RollUpOptions.policy(a);
        ColumnMapping mapping = ColumnMapping.defaults();
        if (a.get("mapping").isPresent()) {
            Validated<ColumnMapping> m = MappingFile.read(Path.of(a.get("mapping").get()));
            if (!m.isValid()) {
                new ImportOutput(ImportTexts.of(format(a).locale().getLanguage().equals("vi")),
                        out, err).mappingRefused(a.get("mapping").get(), m.problems());
                return REJECTED;
            }
            mapping = m.value();
        }
        int port;
        try {
            port = Integer.parseInt(a.get("port").orElse("7070"));
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--port must be a number");
        }
        String host = a.get("host").orElse("127.0.0.1");
        String busy = busyPort(host, port);
        if (busy != null) {
            // before the database is opened or the demo loaded
            err.println(busy);
            return USAGE;
        }
        AppStorage db = AppStorage.open(a);
        if (db.storage().referenceStore().hierarchy(Hierarchy.TERRITORIAL).isEmpty()) {
            out.println("Loading the Long An demo into " + db.description() + " ...");
            DemoLoader.load(db.storage(), LongAnDemo.make());
        }
        io.github.uptake.app.web.Dashboard dashboard = new io.github.uptake.app.web.Dashboard(
                db.storage(), io.github.uptake.app.web.Accounts.demo(), LongAnDemo.DAY, mapping,
                policy);
        int bound = dashboard.start(host, port);
        out.println("Uptake dashboard: http://" + host + ":" + bound + "/  (user sotttt,"
                + " password demo-sotttt; Ctrl-C to stop)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dashboard.stop();
            db.close();
        }));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /**
     * Returns why the dashboard cannot listen on a port (in use, or an address not of this
     * machine), in Vietnamese and English, or null if it can; port 0 (any free one) always can.
     */
    private static String busyPort(String host, int port) {
        if (port == 0) {
            return null;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
            return null;
        } catch (IOException e) {
            return "Không mở được cổng " + port + " trên " + host + " (" + e.getMessage()
                    + "): cổng đang được dùng (có thể một 'uptake serve' khác đang chạy); dừng nó"
                    + " hoặc chọn --port khác. Chưa nạp gì vào cơ sở dữ liệu.\n"
                    + "Cannot listen on port " + port + " of " + host + " (" + e.getMessage()
                    + "): it is in use (another 'uptake serve' may be running); stop it or give"
                    + " another --port. Nothing was loaded into the database.";
        }
    }

    private int template(Args a) throws Args.UsageException, IOException {
        if (a.help()) {
            out.println("usage: uptake template --unit CODE --date YYYY-MM-DD [--segment S]"
                    + " --out FILE.xlsx");
            out.println("  Writes the Excel template a unit fills: its units, denominators and");
            out.println("  an input column for the segment (default residents).");
            return OK;
        }
        String unit = a.required("unit");
        LocalDate day = date(a.required("date"));
        Segment segment = segment(a);
        Path file = Path.of(a.required("out"));
        try (AppStorage db = AppStorage.open(a)) {
            ReferenceStore ref = db.storage().referenceStore();
            HierarchyVersion v = versionOf(ref, unit, day);
            try (OutputStream os = Files.newOutputStream(file)) {
                new ExcelTemplates(ExcelOptions.defaults()).write(v, unit, day, List.of(segment),
                        ref.denominators(segment), os);
            }
            out.println("Wrote " + file + " for " + v.unit(unit).orElseThrow().name() + ", "
                    + day);
        }
        return OK;
    }

    static HierarchyVersion versionOf(ReferenceStore ref, String unit, LocalDate day) {
        for (String name : ref.hierarchyNames()) {
            var v = ref.hierarchy(name).flatMap(h -> h.versionOn(day));
            if (v.isPresent() && v.get().contains(unit)) {
                return v.get();
            }
        }
        throw new IllegalArgumentException("no hierarchy has unit " + unit + " on " + day);
    }

    static LocalDate date(String s) throws Args.UsageException {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Args.UsageException("dates are YYYY-MM-DD, was " + s);
        }
    }

    static Segment segment(Args a) throws Args.UsageException {
        try {
            return a.get("segment").map(Segment::of).orElse(Segment.RESIDENTS);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }
}
