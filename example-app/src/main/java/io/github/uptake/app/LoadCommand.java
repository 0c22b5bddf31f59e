package io.github.uptake.app;

import io.github.uptake.app.national.VietnamHistory;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The command {@code uptake load}: bulk loads of units, denominators, reports and crosswalks from
 * CSV files ({@link CsvTable}: encoding, separator and header by name; every value and every unit
 * code checked, codes that lost their leading zeros padded only when one unit fits), each file all
 * or nothing; and {@code load vn-admin}, Vietnam's units and crosswalks. Problems name the file,
 * line, column and value, in Vietnamese (the default) or English. Exit codes: 0 stored, 2 the file
 * was refused (nothing stored), 64 a usage error; a fault of the database is 70.
 * Not thread-safe: one per command.
 */
final class LoadCommand {
    /** The options that take a value, besides the database's. */
    static final Set<String> OPTIONS = Set.of("as", "from", "to", "hierarchy", "source",
            "unmapped", "unit");
    /** The options that take no value. */
    static final Set<String> FLAGS = Set.of("keep-unlisted");
    /** How many errors of a refused file are printed. */
    static final int SHOWN = 200;
    private static final List<String> KINDS = List.of("units", "denominators", "reports",
            "crosswalk");

    private final PrintStream out;
    private final PrintStream err;
    private LoadTexts t = LoadTexts.of(UptakeFormat.vietnamese());

    LoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command.
     *
     * @param a  its options and operands
     * @return the exit code
     * @throws Args.UsageException if an option is missing or wrong
     */
    int run(Args a) throws Args.UsageException {
        boolean vietnam = !a.help() && !a.operands().isEmpty() && a.operands().size() <= 2
                && a.operands().get(0).equals("vn-admin");
        if (!vietnam && (a.help() || a.operands().size() != 2
                || !KINDS.contains(a.operands().get(0)))) {
            help(a.help() ? out : err);
            return a.help() ? UptakeApp.OK : UptakeApp.USAGE;
        }
        t = LoadTexts.of(UptakeApp.format(a));
        if (vietnam) {
            return vietnam(a);
        }
        String kind = a.operands().get(0);
        if (a.get("unit").isPresent() && !List.of("reports", "denominators").contains(kind)) {
            throw new Args.UsageException("--unit is for load reports and load denominators");
        }
        LocalDate from = null;
        LocalDate to = null;
        if (kind.equals("crosswalk")) {
            from = UptakeApp.date(a.required("from"));
            to = UptakeApp.date(a.required("to"));
        }
        Path file = Path.of(a.operands().get(1));
        String name = file.getFileName() == null ? file.toString()
                : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            err.println(t.text("not-found", a.operands().get(1)));
            return UptakeApp.REJECTED;
        }
        try (AppStorage db = AppStorage.open(a)) {
            JdbcStorage s = db.storage();
            String hierarchy = a.get("hierarchy").orElse(null);
            if (hierarchy != null && s.referenceStore().hierarchy(hierarchy).isEmpty()) {
                throw new Args.UsageException("--hierarchy " + hierarchy + ": the database has"
                        + " no such hierarchy (it has " + s.referenceStore().hierarchyNames()
                        + ")");
            }
            return switch (kind) {
                case "units" -> units(s, file, name);
                case "denominators" -> denominators(s, file, name, hierarchy,
                        a.get("unit").orElse(null));
                case "crosswalk" -> crosswalk(s, file, name, a, from, to);
                default -> reports(s, file, name, hierarchy, a.get("unit").orElse(null),
                        a.get("as").orElse("loader"));
            };
        } catch (NoSuchFileException e) {
            err.println(t.text("not-found", a.operands().get(1)));
            return UptakeApp.REJECTED;
        } catch (IOException e) {
            err.println(t.text("unreadable", name, e.getMessage()));
            return UptakeApp.REJECTED;
        }
    }

    private int reports(JdbcStorage s, Path file, String name, String hierarchy, String unit,
                        String user) throws IOException, Args.UsageException {
        UnitCodeIndex.ByDay units = new UnitCodeIndex.ByDay(s.referenceStore(), hierarchy, unit);
        if (units.isEmpty()) {
            err.println(t.text("no-units", name));
            return UptakeApp.REJECTED;
        }
        if (!units.scopeKnown()) {
            throw new Args.UsageException("--unit " + unit + " is not a unit of any stored"
                    + " version");
        }
        boolean terminal = System.console() != null;
        ReportsCsv r = ReportsCsv.read(file, name, units, unit, n -> {
            if (terminal) {
                err.print("\r" + t.text("rows-read", t.count(n)));
            }
        });
        if (terminal && r.rows() >= 50_000) {
            err.print("\r");
        }
        if (r.problems().refused()) {
            return refused(name, r.problems());
        }
        if (r.reports().isEmpty()) {
            out.println(t.text("no-rows", name));
            return UptakeApp.OK;
        }
        SubmissionReceipt receipt;
        try {
            receipt = s.reportStore().submit(new Submission("csv-" + UUID.randomUUID(), name,
                    user, Instant.now(), r.reports(), 0));
        } catch (ProblemsException e) {
            FileProblems saved = new FileProblems();
            saved.addLocated(name, e.problems(), "reports", i -> r.line(i & 0xFFFFF),
                    ReportsCsv.COLUMNS);
            return refused(name, saved);
        }
        out.println(receipt.duplicateOf().isPresent()
                ? t.text("reports.already", name, receipt.duplicateOf().get())
                : t.text("reports.stored", name, t.count(receipt.accepted()),
                t.count(receipt.unchanged()), t.count(r.rows())));
        warnings(out, r.problems());
        return UptakeApp.OK;
    }

    private int denominators(JdbcStorage s, Path file, String name, String hierarchy,
                             String unit) throws IOException, Args.UsageException {
        ReferenceStore ref = s.referenceStore();
        if (ref.hierarchyNames().isEmpty()) {
            err.println(t.text("no-units", name));
            return UptakeApp.REJECTED;
        }
        UnitCodeIndex units = UnitCodeIndex.ofAllVersions(ref, hierarchy, unit);
        if (!units.scopeKnown(unit)) {
            throw new Args.UsageException("--unit " + unit + " is not a unit of any stored"
                    + " version");
        }
        DenominatorsCsv d = DenominatorsCsv.read(file, name, units, unit);
        if (d.problems().refused()) {
            return refused(name, d.problems());
        }
        try {
            ref.saveDenominators(d.denominators());
        } catch (ProblemsException e) {
            FileProblems saved = new FileProblems();
            saved.addLocated(name, e.problems(), "denominators", i -> d.line(i & 0xFFFFF),
                    DenominatorsCsv.COLUMNS);
            return refused(name, saved);
        }
        out.println(t.text("denominators.stored", name, t.count(d.denominators().size())));
        warnings(out, d.problems());
        return UptakeApp.OK;
    }

    private int units(JdbcStorage s, Path file, String name) throws IOException {
        UnitsCsv u = UnitsCsv.read(file, name);
        if (u.problems().refused()) {
            return refused(name, u.problems());
        }
        try {
            s.referenceStore().saveVersions(u.versions());
        } catch (ProblemsException e) {
            FileProblems saved = new FileProblems();
            List<Problem> found = new ArrayList<>();
            for (Problem p : e.problems()) {
                found.add(p.code().equals("hierarchy.overlap") ? u.atVersion(name, p) : p);
            }
            saved.addLocated(name, found, "units", i -> u.line(i >>> 20, i & 0xFFFFF),
                    UnitsCsv.COLUMNS);
            return refused(name, saved);
        }
        for (HierarchyVersion v : u.versions()) {
            out.println(t.text("units.stored", name, v));
        }
        if (u.versions().isEmpty()) {
            out.println(t.text("no-rows", name));
        }
        return UptakeApp.OK;
    }

    private int crosswalk(JdbcStorage s, Path file, String name, Args a, LocalDate fromDay,
                          LocalDate toDay) throws IOException, Args.UsageException {
        String hierarchy = a.get("hierarchy").orElse(Hierarchy.TERRITORIAL);
        Hierarchy h = s.referenceStore().hierarchy(hierarchy).orElseThrow(
                () -> new Args.UsageException("the database has no " + hierarchy
                        + " hierarchy; load its versions with 'uptake load units' first"));
        HierarchyVersion from = h.versionOn(fromDay).orElseThrow(
                () -> new Args.UsageException("--from: no version of " + hierarchy
                        + " is valid on " + fromDay));
        HierarchyVersion to = h.versionOn(toDay).orElseThrow(
                () -> new Args.UsageException("--to: no version of " + hierarchy
                        + " is valid on " + toDay));
        FileProblems problems = new FileProblems();
        CsvValues values = new CsvValues(problems);
        UnitCodeIndex olds = UnitCodeIndex.of(from);
        UnitCodeIndex news = UnitCodeIndex.of(to);
        List<CrosswalkCsv.Row> rows = new ArrayList<>();
        problems.addAll(CsvTable.read(file, name, CrosswalkCsv.LAYOUT, row -> {
            String old = values.required(row, "old_code");
            String young = CsvValues.trim(row.get("new_code"));
            if (old == null) {
                return;
            }
            rows.add(new CrosswalkCsv.Row(row.line(), padded(olds, row, "old_code", old,
                    problems), young.isEmpty() ? "" : padded(news, row, "new_code", young,
                    problems), CsvValues.trim(row.get("weight"))));
        }));
        if (!problems.refused()) {
            Validated<Crosswalk> c = CrosswalkCsv.read(name, rows, from, to,
                    a.get("source").orElse(name), a.flag("keep-unlisted"));
            problems.addAll(c.problems());
            if (!problems.refused()) {
                s.crosswalkStore().saveCrosswalk(c.value());
                Crosswalk cw = c.value();
                long split = from.units().stream().filter(u -> cw.pieces(u.code()).size() > 1)
                        .count();
                out.println(t.text("crosswalk.stored", name, from, to,
                        t.count(cw.pieces().size()), t.count(split), t.count(cw.retired()
                                .size()), cw.retired().isEmpty() ? "" : ": " + String.join(" ",
                                cw.retired())));
                warnings(out, problems);
                return UptakeApp.OK;
            }
        }
        return refused(name, problems);
    }

    /**
     * Returns the code a crosswalk row means: padded when it lost its zeros and one unit fits, as
     * written otherwise (the crosswalk's own checks say what is wrong with an unknown code).
     */
    private static String padded(UnitCodeIndex index, CsvTable.Row row, String column,
                                 String code, FileProblems problems) {
        UnitCodeIndex.Match m = index.find(code);
        if (m.kind() == UnitCodeIndex.Kind.PADDED || m.kind() == UnitCodeIndex.Kind.AMBIGUOUS) {
            m.problem(row.at(column), code, null, null).ifPresent(problems::add);
        }
        return m.kind() == UnitCodeIndex.Kind.PADDED ? m.unit().code() : code;
    }

    private int vietnam(Args a) {
        String name = a.get("hierarchy").orElse(Hierarchy.TERRITORIAL);
        Validated<VietnamHistory.Loaded> v;
        try {
            VietnamHistory.Source source = a.operands().size() == 2
                    ? VietnamHistory.directory(Path.of(a.operands().get(1)))
                    : VietnamHistory.shipped();
            v = VietnamHistory.load(source, name);
        } catch (IOException e) {
            err.println(t.text("unreadable", "vn-admin", e.getMessage()));
            return UptakeApp.REJECTED;
        }
        if (!v.isValid()) {
            err.println(t.text("vn.refused"));
            v.problems().stream().limit(SHOWN).forEach(p -> err.println("  " + t.line(p)));
            return UptakeApp.REJECTED;
        }
        VietnamHistory.Loaded h = v.value();
        try (AppStorage db = AppStorage.open(a)) {
            JdbcStorage s = db.storage();
            if (s.referenceStore().hierarchy(name).isPresent()) {
                err.println(t.text("vn.exists", name));
                return UptakeApp.REJECTED;
            }
            s.referenceStore().saveVersions(h.versions());
            h.versions().forEach(version -> out.println(t.text("vn.stored", version)));
            for (Crosswalk c : h.crosswalks()) {
                s.crosswalkStore().saveCrosswalk(c);
                out.println(t.text("vn.crosswalk", c.from().validFrom(), c.to().validFrom(),
                        c.source()));
            }
        }
        h.corrections().forEach(c -> out.println(t.text("vn.corrected", c)));
        String unmapped = a.get("unmapped").orElse(null);
        out.println(t.text("vn.unmapped", t.count(h.unmappable().size()), unmapped == null
                ? t.text("vn.unmapped.hint") : t.text("vn.unmapped.file", unmapped)));
        if (unmapped != null) {
            List<String> lines = new ArrayList<>(List.of("code,name,parent_code"));
            for (Unit u : h.unmappable()) {
                lines.add(String.join(",", Csv.quote(u.code()), Csv.quote(u.name()),
                        Csv.quote(h.of2020().parent(u.code()).map(Unit::code).orElse(""))));
            }
            try {
                Files.write(Path.of(unmapped), lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(t.text("unreadable", unmapped, e.getMessage()));
                return UptakeApp.REJECTED;
            }
        }
        return UptakeApp.OK;
    }

    /** Prints a refused file's problems and returns the exit code. */
    private int refused(String name, FileProblems p) {
        err.println(t.text("refused", name));
        List<Problem> errors = p.errors();
        errors.stream().limit(SHOWN).forEach(x -> err.println("  " + t.line(x)));
        int more = p.errorCount() - Math.min(SHOWN, errors.size());
        if (more > 0) {
            err.println(t.text("refused.more", t.count(more)));
        }
        warnings(err, p);
        return UptakeApp.REJECTED;
    }

    private void warnings(PrintStream s, FileProblems p) {
        for (FileProblems.Warning w : p.warnings()) {
            s.println("  " + t.line(w.first()) + (w.lines() > 1 ? " " + t.text("warning.lines",
                    t.count(w.lines())) : ""));
        }
    }

    private void help(PrintStream s) {
        s.println("usage: uptake load units FILE.csv");
        s.println("       uptake load denominators FILE.csv [--unit CODE] [--hierarchy NAME]");
        s.println("       uptake load reports FILE.csv [--as USER] [--unit CODE]"
                + " [--hierarchy NAME]");
        s.println("       uptake load crosswalk FILE.csv --from YYYY-MM-DD --to YYYY-MM-DD");
        s.println("                  [--hierarchy NAME] [--source TEXT] [--keep-unlisted]");
        s.println("       uptake load vn-admin [DIR] [--hierarchy NAME] [--unmapped FILE.csv]");
        s.println("       every form: [--lang vi|en] [--db PATH | --jdbc-url URL]");
        s.println("  Columns (the header line is required; any order):");
        s.println("  units:        " + UnitsCsv.LAYOUT.header() + " (name_en optional)");
        s.println("  denominators: " + DenominatorsCsv.LAYOUT.header());
        s.println("  reports:      " + ReportsCsv.LAYOUT.header() + " (source_ref optional)");
        s.println("  crosswalk:    " + CrosswalkCsv.HEADER + " (note optional)");
        s.println("    one row per piece; weight 1 (or empty) = merged whole, a share such as");
        s.println("    303/1710 or 0.25 = part of a split (estimated); empty new_code =");
        s.println("    retired.");
        s.println("    --from/--to: days on which the old and the new version are valid;");
        s.println("    --keep-unlisted: old units not listed go whole to the same code.");
        s.println("  vn-admin:     Vietnam's units of 2020, 1/3/2025 and 1/7/2025 and the");
        s.println("    crosswalks between them (shipped, or read from DIR); the 2020 codes");
        s.println("    that cannot be mapped are listed (and written to --unmapped).");
        s.println("  Files: UTF-8 (with or without BOM) or UTF-16 with BOM; separator , ; or tab");
        s.println("  (from the header line); dates YYYY-MM-DD; reported_at ISO-8601 with offset.");
        s.println("  Every unit code is checked: a report's against the units valid on its");
        s.println("  as_of. A code of digits that lost its leading zeros (1 for 00001) is padded");
        s.println("  only when exactly one unit fits (under --unit CODE, if given), otherwise");
        s.println("  refused with the candidates. Each file is stored whole or not at all.");
        s.println("  --unit CODE     the reporting unit: every code must be it or under it");
        s.println("  --hierarchy N   check codes against this hierarchy only (default: all)");
        s.println("  --as USER       who loads the reports (default: loader)");
        s.println("  --lang vi|en    messages in Vietnamese (the default) or English");
        s.println("  Exit codes: 0 stored, 2 refused (every problem at its line and column,");
        s.println("  nothing stored), 64 a usage error.");
    }
}
