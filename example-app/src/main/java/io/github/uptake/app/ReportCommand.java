package io.github.uptake.app;

import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.excel.RebasedReport;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Segment;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code uptake report}: a unit and every unit under it on a day, as text, CSV, JSON or the xlsx
 * consolidated report ({@link TextReport}, {@link CsvReport}, {@link JsonReport},
 * {@link ConsolidatedReport}), rolled up under {@code --parent-figures} and {@code
 * --carry-forward}; or, with {@code --rebase-to}, the same figures re-based onto a later version
 * ({@link RebasedOutput}, {@link RebasedReport}). Every output keeps the same rules: one rounding
 * rule for rates, {@code –} (or an empty field, or null) for what is missing, own figures and
 * partial rates said. Not thread-safe.
 */
final class ReportCommand {
    /** The options of the command, besides the database's. */
    static final Set<String> OPTIONS;

    static {
        Set<String> s = new HashSet<>(Set.of("unit", "date", "segment", "format", "out",
                "rebase-to"));
        s.addAll(RollUpOptions.OPTIONS);
        OPTIONS = Set.copyOf(s);
    }

    /** The header of the demo's Excel reports. */
    static final ConsolidatedReport.Header HEADER = new ConsolidatedReport.Header(
            "UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "Long An", LocalDate.now(),
            "ứng dụng Bluezone");

    private final PrintStream out;

    ReportCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the command.
     *
     * @param a  the options
     * @return the exit code
     * @throws Args.UsageException for a usage error
     * @throws IOException if writing fails
     */
    int run(Args a) throws Args.UsageException, IOException {
        if (a.help()) {
            help();
            return UptakeApp.OK;
        }
        String unit = a.required("unit");
        LocalDate day = UptakeApp.date(a.required("date"));
        Segment segment = UptakeApp.segment(a);
        String fmt = a.get("format").orElse("text");
        if (!List.of("text", "csv", "json", "xlsx").contains(fmt)) {
            throw new Args.UsageException("--format must be text, csv, json or xlsx, was " + fmt);
        }
        if (fmt.equals("xlsx") && a.get("out").isEmpty()) {
            throw new Args.UsageException("--format xlsx needs --out FILE.xlsx");
        }
        UptakeFormat format = UptakeApp.format(a);
        RollUpPolicy policy = RollUpOptions.policy(a);
        if (a.get("rebase-to").isPresent()) {
            LocalDate onto = UptakeApp.date(a.get("rebase-to").get());
            try (AppStorage db = AppStorage.open(a)) {
                RebasedView view = RebasedView.build(db.storage(), unit, day, segment, onto, 1,
                        policy);
                var rules = db.storage().referenceStore().targetRules();
                emit(a, (p, target) -> {
                    switch (fmt) {
                        case "text" -> RebasedOutput.text(p, format, view);
                        case "csv" -> RebasedOutput.csv(p, view);
                        case "json" -> RebasedOutput.json(p, view);
                        default -> RebasedReport.write(view.counts(), view.denominators(), rules,
                                segment, day, view.oldUnit().name(), HEADER, target);
                    }
                });
            }
            return UptakeApp.OK;
        }
        try (AppStorage db = AppStorage.open(a)) {
            UnitReport report = UnitReport.load(db.storage(), unit, day, segment, policy);
            emit(a, (p, target) -> {
                switch (fmt) {
                    case "text" -> TextReport.write(p, ReportTexts.of(format), report);
                    case "csv" -> CsvReport.write(p, report);
                    case "json" -> JsonReport.write(p, report);
                    default -> ConsolidatedReport.write(report.snapshot(),
                            report.previous().orElse(null), unit, HEADER, target);
                }
            });
        }
        return UptakeApp.OK;
    }

    private void help() {
        out.println("usage: uptake report --unit CODE --date YYYY-MM-DD [--segment S]"
                + " [--format text|csv|json|xlsx] [--out FILE] [--lang vi|en]"
                + " [--parent-figures children|own|own-when-children-missing]"
                + " [--carry-forward N] [--rebase-to YYYY-MM-DD]");
        out.println("  The unit's figures on the day and those of every unit under it, in the");
        out.println("  units valid that day (as it was). With --rebase-to, the same figures");
        out.println("  re-based onto the units valid on that later day, through the stored");
        out.println("  crosswalks; figures with an estimated part are marked.");
        out.println("  Rates are rounded half-up to 0.01%, but a rate below its target never");
        out.println("  shows a figure that reads as reaching it (59.996% against 60%: 59.99%).");
        out.println("  What is missing shows '–' (text, xlsx), an empty field (csv) or null");
        out.println("  (json), never 0. A rate marked '*' is partial: over the units below that");
        out.println("  have a denominator.");
        RollUpOptions.help().forEach(out::println);
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
}
