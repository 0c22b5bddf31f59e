package io.github.uptake.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.app.national.VietnamHistory;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ExcelTemplates;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.json.UptakeModule;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.InboundReport;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.problem.Validated;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The header of the demo's Excel reports. */
    private static final ConsolidatedReport.Header HEADER = new ConsolidatedReport.Header(
            "UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "Long An", LocalDate.now(),
            "ứng dụng Bluezone");

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
                case "serve" -> serve(Args.parse(args, 1, with("port", "host", "mapping")));
                case "template" -> template(Args.parse(args, 1, with("unit", "date", "segment",
                        "out")));
                case "import" -> new ImportCommand(out, err).run(Args.parse(args, 1,
                        with(ImportCommand.OPTIONS.toArray(String[]::new)), ImportCommand.FLAGS));
                case "report" -> report(Args.parse(args, 1, with("unit", "date", "segment",
                        "format", "out", "rebase-to")));
                case "load" -> load(Args.parse(args, 1, with("as", "from", "to", "hierarchy",
                        "source", "unmapped"), Set.of("keep-unlisted")));
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
                    + " [--host ADDRESS] [--mapping FILE]");
            out.println("  The web dashboard (default: the demo database on 127.0.0.1:7070).");
            out.println("  Demo users: sotttt / demo-sotttt (all units), tanan / demo-tanan (794),");
            out.println("  duchue / demo-duchue (801).");
            out.println("  --mapping FILE: how the upload reads sheets that are not templates, in");
            out.println("  the format of 'uptake import --mapping' (see 'uptake import --help'):");
            MappingFile.documentation().forEach(l -> out.println("    " + l));
            return OK;
        }
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
        AppStorage db = AppStorage.open(a);
        if (db.storage().referenceStore().hierarchy(Hierarchy.TERRITORIAL).isEmpty()) {
            out.println("Loading the Long An demo into " + db.description() + " ...");
            DemoLoader.load(db.storage(), LongAnDemo.make());
        }
        io.github.uptake.app.web.Dashboard dashboard = new io.github.uptake.app.web.Dashboard(
                db.storage(), io.github.uptake.app.web.Accounts.demo(), LongAnDemo.DAY, mapping);
        String host = a.get("host").orElse("127.0.0.1");
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

    private int report(Args a) throws Args.UsageException, IOException {
        if (a.help()) {
            out.println("usage: uptake report --unit CODE --date YYYY-MM-DD [--segment S]"
                    + " [--format text|csv|json|xlsx] [--out FILE] [--lang vi|en]"
                    + " [--rebase-to YYYY-MM-DD]");
            out.println("  The unit's figures on the day and those of every unit under it, in the");
            out.println("  units valid that day (as it was). With --rebase-to, the same figures");
            out.println("  re-based onto the units valid on that later day, through the stored");
            out.println("  crosswalks; figures with an estimated part are marked.");
            return OK;
        }
        String unit = a.required("unit");
        LocalDate day = date(a.required("date"));
        Segment segment = segment(a);
        String fmt = a.get("format").orElse("text");
        if (!List.of("text", "csv", "json", "xlsx").contains(fmt)) {
            throw new Args.UsageException("--format must be text, csv, json or xlsx, was " + fmt);
        }
        if (fmt.equals("xlsx") && a.get("out").isEmpty()) {
            throw new Args.UsageException("--format xlsx needs --out FILE.xlsx");
        }
        UptakeFormat format = format(a);
        if (a.get("rebase-to").isPresent()) {
            LocalDate onto = date(a.get("rebase-to").get());
            try (AppStorage db = AppStorage.open(a)) {
                RebasedView view = RebasedView.build(db.storage(), unit, day, segment, onto, 1);
                emit(a, (p, target) -> {
                    switch (fmt) {
                        case "text" -> RebasedOutput.text(p, format, view);
                        case "csv" -> RebasedOutput.csv(p, view);
                        case "json" -> RebasedOutput.json(p, view);
                        default -> io.github.uptake.excel.RebasedReport.write(view.counts(),
                                view.denominators(), day, view.oldUnit().name(), HEADER, target);
                    }
                });
            }
            return OK;
        }
        try (AppStorage db = AppStorage.open(a)) {
            JdbcStorage s = db.storage();
            HierarchyVersion v = versionOf(s.referenceStore(), unit, day);
            RollUp engine = RollUp.of(v, segment, s.referenceStore().denominators(segment),
                    s.referenceStore().targetRules(), RollUpPolicy.defaults());
            int window = engine.policy().carryForwardDays();
            Snapshot snap = engine.snapshot(s.reportStore().latestCounts(v, segment, day, window));
            Snapshot before = engine.snapshot(s.reportStore().latestCounts(v, segment,
                    day.minusDays(1), window));
            int top = v.ordinal(unit);
            List<NodeResult> nodes = new ArrayList<>();
            for (int i = top; i < v.subtreeEnd(top); i++) {
                nodes.add(snap.nodeAt(i));
            }
            emit(a, (p, target) -> {
                switch (fmt) {
                    case "text" -> text(p, format, snap, nodes);
                    case "csv" -> csv(p, nodes);
                    case "json" -> new ObjectMapper().registerModule(new UptakeModule())
                            .enable(SerializationFeature.INDENT_OUTPUT).writeValue(p, nodes);
                    default -> ConsolidatedReport.write(snap, before, unit, HEADER, target);
                }
            });
        }
        return OK;
    }

    /** Writes a report to standard output or to the {@code --out} file. */
    private interface ReportWriter {
        void write(PrintStream p, OutputStream target) throws IOException;
    }

    private void emit(Args a, ReportWriter w) throws IOException {
        OutputStream target = a.get("out").isPresent()
                ? Files.newOutputStream(Path.of(a.get("out").get())) : null;
        try {
            PrintStream p = target == null ? out
                    : new PrintStream(target, true, StandardCharsets.UTF_8);
            w.write(p, target);
            p.flush();
        } finally {
            if (target != null) {
                target.close();
                out.println("Wrote " + a.get("out").get());
            }
        }
    }

    private static void text(PrintStream p, UptakeFormat f, Snapshot snap, List<NodeResult> nodes) {
        p.println(nodes.get(0).unit().name() + " — " + snap.segment() + ", " + f.date(snap.date()));
        for (NodeResult n : nodes) {
            long den = n.denominator() == null ? 0 : n.denominator().count();
            String rate = n.rule() == null ? f.percent(n.count(), den)
                    : f.percent(n.count(), den, n.rule().threshold());
            p.printf("%s%-6s %-32s %12s %12s %8s%s%n", "  ".repeat(n.depth()
                    - nodes.get(0).depth()), n.code(), n.unit().name(), f.count(n.count()),
                    f.count(den), rate, n.missingLeaves() > 0 ? "  (" + n.missingLeaves()
                            + " missing)" : "");
        }
    }

    private static void csv(PrintStream p, List<NodeResult> nodes) {
        p.println("code,name,count,denominator,denominator_source,rate_pct,status,gap,"
                + "fresh_leaves,stale_leaves,missing_leaves");
        for (NodeResult n : nodes) {
            long den = n.denominator() == null ? 0 : n.denominator().count();
            p.println(String.join(",", Csv.quote(n.code()), Csv.quote(n.unit().name()),
                    Long.toString(n.count()), n.denominator() == null ? "" : Long.toString(den),
                    n.denominator() == null ? "" : Csv.quote(n.denominator().source()),
                    den == 0 ? "" : UptakeFormat.english().percent(n.count(), den)
                            .replace("%", "").replace(",", ""),
                    n.status().name(), Long.toString(n.gap()), Integer.toString(n.freshLeaves()),
                    Integer.toString(n.staleLeaves()), Integer.toString(n.missingLeaves())));
        }
    }

    private int load(Args a) throws Args.UsageException, IOException {
        boolean vietnam = !a.help() && a.operands().size() >= 1 && a.operands().size() <= 2
                && a.operands().get(0).equals("vn-admin");
        if (vietnam) {
            return loadVietnam(a);
        }
        if (a.help() || a.operands().size() != 2 || !List.of("units", "denominators",
                "reports", "crosswalk").contains(a.operands().get(0))) {
            PrintStream s = a.help() ? out : err;
            s.println("usage: uptake load units|denominators|reports FILE.csv [--as USER]");
            s.println("       uptake load crosswalk FILE.csv --from YYYY-MM-DD --to YYYY-MM-DD");
            s.println("                  [--hierarchy NAME] [--source TEXT] [--keep-unlisted]");
            s.println("       uptake load vn-admin [DIR] [--hierarchy NAME] [--unmapped FILE.csv]");
            s.println("  units:        hierarchy,valid_from,code,kind,name,parent_code");
            s.println("  denominators: unit_code,segment,count,source,vintage");
            s.println("  reports:      unit_code,segment,as_of,count,reported_at,reporter,"
                    + "source_ref");
            s.println("  crosswalk:    " + CrosswalkCsv.HEADER);
            s.println("    one row per piece; weight 1 (or empty) = merged whole, a share such as");
            s.println("    303/1710 or 0.25 = part of a split (estimated); empty new_code =");
            s.println("    retired.");
            s.println("    --from/--to: days on which the old and the new version are valid;");
            s.println("    --keep-unlisted: old units not listed go whole to the same code.");
            s.println("  vn-admin:     Vietnam's units of 2020, 1/3/2025 and 1/7/2025 and the");
            s.println("    crosswalks between them (shipped, or read from DIR); the 2020 codes");
            s.println("    that cannot be mapped are listed (and written to --unmapped).");
            s.println("  A header row is required; UTF-8; dates YYYY-MM-DD; reported_at ISO-8601.");
            return a.help() ? OK : USAGE;
        }
        Path file = Path.of(a.operands().get(1));
        List<List<String>> rows = Csv.read(file);
        String name = file.getFileName().toString();
        try (AppStorage db = AppStorage.open(a)) {
            JdbcStorage s = db.storage();
            return switch (a.operands().get(0)) {
                case "units" -> loadUnits(s, name, rows);
                case "denominators" -> loadDenominators(s, name, rows);
                case "crosswalk" -> loadCrosswalk(s, name, rows, a);
                default -> loadReports(s, name, rows, a.get("as").orElse("loader"));
            };
        }
    }

    private int loadVietnam(Args a) throws IOException {
        VietnamHistory.Source source = a.operands().size() == 2
                ? VietnamHistory.directory(Path.of(a.operands().get(1))) : VietnamHistory.shipped();
        String name = a.get("hierarchy").orElse(Hierarchy.TERRITORIAL);
        Validated<VietnamHistory.Loaded> v = VietnamHistory.load(source, name);
        if (!v.isValid()) {
            v.problems().stream().limit(200).forEach(p -> err.println(p.location() + ": "
                    + p.messageEn()));
            err.println("vn-admin: rejected, nothing stored");
            return REJECTED;
        }
        VietnamHistory.Loaded h = v.value();
        try (AppStorage db = AppStorage.open(a)) {
            JdbcStorage s = db.storage();
            if (s.referenceStore().hierarchy(name).isPresent()) {
                err.println("vn-admin: the database already has a " + name + " hierarchy; give"
                        + " --hierarchy NAME or a fresh --db. Nothing stored.");
                return REJECTED;
            }
            for (HierarchyVersion version : h.versions()) {
                s.referenceStore().saveVersion(version);
                out.println("stored " + version);
            }
            for (Crosswalk c : h.crosswalks()) {
                s.crosswalkStore().saveCrosswalk(c);
                out.println("stored the crosswalk " + c.from().validFrom() + " -> "
                        + c.to().validFrom() + " (" + c.source() + ")");
            }
        }
        h.corrections().forEach(c -> out.println("corrected: " + c));
        out.println(h.unmappable().size() + " communes of 2020 have no known target and are"
                + " retired (their figures are left out of re-based views)"
                + (a.get("unmapped").isPresent() ? "; listed in " + a.get("unmapped").get()
                : "; list them with --unmapped FILE.csv"));
        if (a.get("unmapped").isPresent()) {
            List<String> lines = new ArrayList<>(List.of("code,name,parent_code"));
            for (Unit u : h.unmappable()) {
                lines.add(String.join(",", Csv.quote(u.code()), Csv.quote(u.name()),
                        Csv.quote(h.of2020().parent(u.code()).map(Unit::code).orElse(""))));
            }
            Files.write(Path.of(a.get("unmapped").get()), lines, StandardCharsets.UTF_8);
        }
        return OK;
    }

    private int loadUnits(JdbcStorage s, String file, List<List<String>> rows) {
        Map<String, HierarchyVersion.Builder> versions = new LinkedHashMap<>();
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            Location at = Location.line(file, i + 1);
            if (r.size() < 6) {
                problems.add(Problem.error("csv.columns", at, String.join(",", r),
                        "Cần 6 cột.", "Expected 6 columns: hierarchy,valid_from,code,kind,name,"
                                + "parent_code."));
                continue;
            }
            try {
                String key = r.get(0) + "@" + r.get(1);
                versions.computeIfAbsent(key, k -> HierarchyVersion.builder(r.get(0),
                        LocalDate.parse(r.get(1)))).add(Unit.of(r.get(2).strip(),
                        UnitKind.of(r.get(3).strip()), r.get(4)), r.get(5).isBlank() ? null
                        : r.get(5).strip());
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(i + 1);
            } catch (RuntimeException e) {
                problems.add(Problem.error("csv.value", at, String.join(",", r),
                        "Dòng không hợp lệ: " + e.getMessage(), "Invalid row: " + e.getMessage()));
            }
        }
        List<HierarchyVersion> built = new ArrayList<>();
        versions.forEach((key, b) -> {
            Validated<HierarchyVersion> v = b.validate();
            for (Problem p : v.problems()) {
                String field = p.location().field();
                Integer line = null;
                if (field != null && field.startsWith("units[")) {
                    int idx = Integer.parseInt(field.substring(6, field.indexOf(']')));
                    line = lines.get(key).get(idx);
                }
                problems.add(new Problem(p.severity(), p.code(), line == null
                        ? new Location(file, null, null, null, field)
                        : Location.line(file, line), p.rawValue(), p.messageVi(),
                        p.messageEn()));
            }
            v.toOptional().ifPresent(built::add);
        });
        if (problems.stream().anyMatch(Problem::blocking)) {
            problems.forEach(p -> err.println(p.location() + ": " + p.messageEn()));
            err.println(file + ": rejected, nothing stored");
            return REJECTED;
        }
        for (HierarchyVersion v : built) {
            s.referenceStore().saveVersion(v);
            out.println(file + ": stored " + v);
        }
        return OK;
    }

    private int loadCrosswalk(JdbcStorage s, String file, List<List<String>> rows, Args a)
            throws Args.UsageException {
        LocalDate fromDay = date(a.required("from"));
        LocalDate toDay = date(a.required("to"));
        String name = a.get("hierarchy").orElse(Hierarchy.TERRITORIAL);
        Hierarchy h = s.referenceStore().hierarchy(name).orElseThrow(
                () -> new IllegalArgumentException("the database has no " + name + " hierarchy;"
                        + " load its versions with 'uptake load units' first"));
        HierarchyVersion from = h.versionOn(fromDay).orElseThrow(
                () -> new IllegalArgumentException("no version of " + name + " is valid on "
                        + fromDay));
        HierarchyVersion to = h.versionOn(toDay).orElseThrow(
                () -> new IllegalArgumentException("no version of " + name + " is valid on "
                        + toDay));
        Validated<Crosswalk> c = CrosswalkCsv.read(file, rows, from, to,
                a.get("source").orElse(file), a.flag("keep-unlisted"));
        if (!c.isValid()) {
            c.problems().forEach(p -> err.println(p.location() + ": " + p.messageEn()));
            err.println(file + ": rejected, nothing stored");
            return REJECTED;
        }
        s.crosswalkStore().saveCrosswalk(c.value());
        Crosswalk cw = c.value();
        long split = from.units().stream().filter(u -> cw.pieces(u.code()).size() > 1).count();
        out.println(file + ": stored the crosswalk " + from + " -> " + to + " ("
                + cw.pieces().size() + " pieces, " + split + " units split, " + cw.retired().size()
                + " retired" + (cw.retired().isEmpty() ? "" : ": " + String.join(" ",
                cw.retired())) + ")");
        return OK;
    }

    private int loadDenominators(JdbcStorage s, String file, List<List<String>> rows) {
        List<Denominator> ok = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            try {
                ok.add(new Denominator(r.get(0).strip(), Segment.of(r.get(1).strip()),
                        Long.parseLong(r.get(2).strip()), r.get(3).strip(),
                        LocalDate.parse(r.get(4).strip())));
            } catch (RuntimeException e) {
                problems.add(Problem.error("csv.value", Location.line(file, i + 1),
                        String.join(",", r), "Dòng không hợp lệ: " + e.getMessage(),
                        "Invalid row (unit_code,segment,count,source,vintage): " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p.location() + ": " + p.messageEn()));
            err.println(file + ": rejected, nothing stored");
            return REJECTED;
        }
        ok.forEach(s.referenceStore()::saveDenominator);
        out.println(file + ": stored " + ok.size() + " denominators");
        return OK;
    }

    private int loadReports(JdbcStorage s, String file, List<List<String>> rows, String user) {
        List<io.github.uptake.model.Report> ok = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean terminal = System.console() != null;
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            Location at = Location.line(file, i + 1);
            if (r.size() < 6) {
                problems.add(Problem.error("csv.columns", at, String.join(",", r), "Cần 7 cột.",
                        "Expected 7 columns: unit_code,segment,as_of,count,reported_at,reporter,"
                                + "source_ref."));
                continue;
            }
            Long count;
            Instant sent;
            try {
                count = Long.valueOf(r.get(3).strip());
            } catch (NumberFormatException e) {
                count = -1L;
            }
            try {
                sent = Instant.parse(r.get(4).strip());
            } catch (DateTimeParseException e) {
                sent = null;
            }
            Validated<io.github.uptake.model.Report> v = new InboundReport(r.get(0).strip(),
                    r.get(1).strip(), r.get(2).strip(), count, sent, r.get(5),
                    r.size() > 6 ? r.get(6) : null).validate(at);
            problems.addAll(v.problems());
            v.toOptional().ifPresent(ok::add);
            if (terminal && i % 50_000 == 0) {
                err.print("\r" + i + " rows read");
            }
        }
        if (!problems.isEmpty()) {
            problems.stream().limit(200).forEach(p -> err.println(p.location() + ": "
                    + p.messageEn()));
            err.println(file + ": rejected, nothing stored");
            return REJECTED;
        }
        SubmissionReceipt r = s.reportStore().submit(new Submission("csv-" + Integer.toHexString(
                (file + ok.size() + ok.hashCode()).hashCode()), file, user, Instant.now(), ok, 0));
        out.println(file + ": " + (r.duplicate().isPresent() ? "already loaded as "
                + r.duplicateOf() + ", nothing stored" : "accepted " + r.accepted()
                + ", unchanged " + r.unchanged()));
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
