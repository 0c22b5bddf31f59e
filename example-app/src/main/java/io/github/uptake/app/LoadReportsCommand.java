package io.github.uptake.app;

import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.problem.ProblemsException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code uptake load reports FILE.csv}: reports, streamed row by row ({@link ReportsCsv}), stored
 * as one submission or not at all; the same reports again store nothing. On a terminal, the rows
 * read so far are shown. Not thread-safe: one per command line.
 */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = {"Load reports from CSV.%n",
                "A report is a unit's count in a segment as of a day. Each code must be a unit"
                        + " of the version valid on its as_of day. The same reports loaded again store nothing (\"already loaded\")."})
final class LoadReportsCommand extends LoadFileCommand {
    /** The rows after which a progress line has been shown, to be cleared at the end. */
    private static final int PROGRESS_ROWS = 50_000;

    @Option(names = "--unit", paramLabel = "CODE",
            description = "the reporting unit: every code must be it or under it")
    private String unit;

    @Option(names = "--hierarchy", paramLabel = "NAME",
            description = "check codes against this hierarchy only (default: all)")
    private String hierarchy;

    @Option(names = "--as", paramLabel = "USER",
            description = "who loads the reports (default: loader)")
    private String user = "loader";

    /**
     * Makes the command.
     *
     * @param load  the {@code load} command, not null
     */
    LoadReportsCommand(LoadCommand load) {
        super(load);
    }

    @Override
    String hierarchy() {
        return hierarchy;
    }

    @Override
    String columns() {
        return ReportsCsv.LAYOUT.header() + " (source_ref optional)";
    }

    @Override
    int load(JdbcStorage s, Path file, String name, LoadOutput o) throws IOException {
        LoadTexts t = o.texts();
        UnitCodeIndex.ByDay units = new UnitCodeIndex.ByDay(s.referenceStore(), hierarchy, unit);
        if (units.isEmpty()) {
            o.err().println(t.text("no-units", name));
            return ExitCodes.REJECTED;
        }
        if (!units.scopeKnown()) {
            throw usage("--unit " + unit + " is not a unit of any stored version");
        }
        boolean terminal = System.console() != null;
        ReportsCsv r = ReportsCsv.read(file, name, units, unit, knownSegments(s), n -> {
            if (terminal) {
                o.err().print("\r" + t.text("rows-read", t.count(n)));
            }
        });
        if (terminal && r.rows() >= PROGRESS_ROWS) {
            o.err().print("\r");
        }
        if (r.problems().refused()) {
            return o.refused(name, r.problems());
        }
        if (r.reports().isEmpty()) {
            o.out().println(t.text("no-rows", name));
            return ExitCodes.OK;
        }
        SubmissionReceipt receipt;
        try {
            receipt = s.reportStore().submit(new Submission("csv-" + UUID.randomUUID(), name,
                    user, Instant.now(), r.reports(), 0));
        } catch (ProblemsException e) {
            FileProblems saved = new FileProblems();
            saved.addLocated(name, e.problems(), "reports", i -> r.line(i & 0xFFFFF),
                    ReportsCsv.COLUMNS);
            return o.refused(name, saved);
        }
        o.out().println(receipt.duplicateOf().isPresent()
                ? t.text("reports.already", name, receipt.duplicateOf().get())
                : t.text("reports.stored", name, t.count(receipt.accepted()),
                t.count(receipt.unchanged()), t.count(r.rows())));
        o.warnings(o.out(), r.problems());
        return ExitCodes.OK;
    }

    /**
     * Returns the segments the database knows: the standard ones and those of its target rules.
     */
    static java.util.Set<String> knownSegments(io.github.uptake.jdbc.JdbcStorage s) {
        java.util.Set<String> known = new java.util.TreeSet<>(java.util.List.of(
                io.github.uptake.model.Segment.RESIDENTS.id(),
                io.github.uptake.model.Segment.STAFF.id(),
                io.github.uptake.model.Segment.WORKERS.id(),
                io.github.uptake.model.Segment.MEMBERS.id(),
                io.github.uptake.model.Segment.VISITORS.id(),
                io.github.uptake.model.Segment.QUARANTINED.id(),
                io.github.uptake.model.Segment.CUSTOMERS.id(),
                io.github.uptake.model.Segment.CITIZENS_SERVED.id()));
        s.referenceStore().targetRules().rules().forEach(r -> known.add(r.segment().id()));
        return known;
    }
}
