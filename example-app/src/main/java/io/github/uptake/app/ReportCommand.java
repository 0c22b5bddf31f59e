package io.github.uptake.app;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.excel.RebasedReport;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Segment;
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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uptake report}: a unit and every unit under it on a day, as text, CSV, JSON, the xlsx
 * consolidated report or the Department's written report in Word ({@link TextReport}, {@link
 * CsvReport}, {@link JsonReport}, {@link ConsolidatedReport}, {@link DailyWrittenReport}), rolled
 * up under {@code --parent-figures} and {@code --carry-forward}; or, with {@code --rebase-to}, the
 * same figures re-based onto a later version ({@link RebasedOutput}, {@link RebasedReport}). The
 * written report's header, signer and wording are the configuration's ({@code --config}, else
 * {@code uptake.yaml} beside the H2 file, else Long An's). Every output keeps the same rules: one rounding
 * rule for rates, {@code –} (or an empty field, or null) for what is missing, own figures and
 * partial rates said. Not thread-safe: one per command line.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The report of a unit on a day: text, csv, json, xlsx or docx.%n",
                "The unit's figures on the day and those of every unit under it, in the units"
                        + " valid that day (as it was). With --rebase-to, the same figures"
                        + " re-based onto the units valid on that later day, through the stored"
                        + " crosswalks; figures with an estimated part are marked.",
                "Rates are rounded half-up to 0.01%%, but a rate below its target never shows a"
                        + " figure that reads as reaching it (59.996%% against 60%%: 59.99%%)."
                        + " What is missing shows '–' (text, xlsx), an empty field (csv) or null"
                        + " (json), never 0. A rate marked '*' is partial: over the units below"
                        + " that have a denominator.",
                "docx is the Department's written report (Decree 30/2020/ND-CP layout): the"
                        + " header, signer and wording of the configuration (--config)."})
final class ReportCommand implements Callable<Integer> {
    /** The header of the demo's Excel reports. */
    static final ConsolidatedReport.Header HEADER = new ConsolidatedReport.Header(
            "UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "Long An", LocalDate.now(),
            "ứng dụng Bluezone");

    /** The forms of the report. */
    enum Format {
        TEXT, CSV, JSON, XLSX, DOCX
    }

    @Option(names = "--unit", paramLabel = "CODE", required = true,
            description = "the unit, such as 80 (the province) or 794")
    private String unit;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true,
            converter = DayConverter.class, description = "the day")
    private LocalDate day;

    @Option(names = "--segment", paramLabel = "S", converter = SegmentConverter.class,
            description = "the segment (default residents)")
    private Segment segment;

    @Option(names = "--format", paramLabel = "text|csv|json|xlsx|docx",
            converter = FormatConverter.class, completionCandidates = Formats.class,
            description = "the form of the report (default text); xlsx is the consolidated"
                    + " report, docx the written report (Word); both need --out")
    private Format format = Format.TEXT;

    @Option(names = "--config", paramLabel = "FILE", description = "the province's"
            + " configuration, for the docx report's header, signer and wording (default:"
            + " uptake.yaml beside the H2 file if there is one, else Long An's)")
    private Path configFile;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to this file"
            + " instead of standard output")
    private Path file;

    @Option(names = "--rebase-to", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "re-base the figures onto the units valid on this later day")
    private LocalDate rebaseTo;

    @Mixin
    private RollUpOptions rollUp = new RollUpOptions();
    @Mixin
    private LanguageOption language = new LanguageOption();
    @Mixin
    private DatabaseOptions database = new DatabaseOptions();

    @Spec
    private CommandSpec spec;

    private final PrintStream out;

    /**
     * Makes the command.
     *
     * @param out  where the report goes unless {@code --out} is given, not null
     */
    ReportCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * Writes the report.
     *
     * @return 0
     * @throws IOException if writing fails
     */
    @Override
    public Integer call() throws IOException {
        if (format == Format.XLSX && file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format xlsx needs --out FILE.xlsx");
        }
        if (format == Format.DOCX && file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format docx needs --out FILE.docx");
        }
        if (format == Format.DOCX && rebaseTo != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format docx does not go with --rebase-to: the written report is of the"
                            + " units as they were");
        }
        AppConfig config = format == Format.DOCX ? configuration() : null;
        Segment s = segment == null ? Segment.RESIDENTS : segment;
        UptakeFormat texts = language.format();
        RollUpPolicy policy = rollUp.policy();
        try (AppStorage db = database.open()) {
            if (rebaseTo != null) {
                RebasedView view = RebasedView.build(db.storage(), unit, day, s, rebaseTo, 1,
                        policy);
                var rules = db.storage().referenceStore().targetRules();
                emit((p, target) -> {
                    switch (format) {
                        case TEXT -> RebasedOutput.text(p, texts, view);
                        case CSV -> RebasedOutput.csv(p, view);
                        case JSON -> RebasedOutput.json(p, view);
                        default -> RebasedReport.write(view.counts(), view.denominators(), rules,
                                s, day, view.oldUnit().name(), HEADER, target);
                    }
                });
            } else if (format == Format.DOCX) {
                DailyWrittenReport report = DailyWrittenReport.load(db.storage(), unit, day, s,
                        policy);
                emit((p, target) -> report.write(config, texts.locale(), unit, target));
            } else {
                UnitReport report = UnitReport.load(db.storage(), unit, day, s, policy);
                emit((p, target) -> {
                    switch (format) {
                        case TEXT -> TextReport.write(p, ReportTexts.of(texts), report);
                        case CSV -> CsvReport.write(p, report);
                        case JSON -> JsonReport.write(p, report);
                        default -> ConsolidatedReport.write(report.snapshot(),
                                report.previous().orElse(null), unit, HEADER, target);
                    }
                });
            }
        }
        return ExitCodes.OK;
    }

    /** Writes a report to standard output or to the {@code --out} file. */
    private interface ReportWriter {
        void write(PrintStream p, OutputStream target) throws IOException;
    }

    private void emit(ReportWriter w) throws IOException {
        OutputStream target = file != null ? Files.newOutputStream(file) : null;
        try {
            PrintStream p = target == null ? out
                    : new PrintStream(target, true, StandardCharsets.UTF_8);
            w.write(p, target);
            p.flush();
        } finally {
            if (target != null) {
                target.close();
                out.println("Wrote " + file);
            }
        }
    }

    /**
     * Reads the configuration of the written report: {@code --config}, else {@code uptake.yaml}
     * beside the default or given H2 file, else Long An's.
     *
     * @throws ProblemsException if the file is refused, with its problems (exit 2)
     */
    private AppConfig configuration() {
        Path config = configFile;
        if (config == null) {
            Path beside = database.h2File().resolveSibling(AppConfigFile.FILE_NAME);
            if (database.jdbcUrl().isEmpty() && Files.isRegularFile(beside)) {
                config = beside;
            }
        }
        if (config == null) {
            return AppConfigFile.longAn().config();
        }
        Validated<AppConfigFile.Loaded> v = AppConfigFile.read(config);
        if (!v.isValid()) {
            throw new ProblemsException("configuration " + config, v.problems());
        }
        return v.value().config();
    }

    /** Reads {@code --format}: text, csv, json, xlsx or docx. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("--format must be text, csv, json,"
                    + " xlsx or docx, was " + value);
        }
    }

    /** The values shell completion offers for {@code --format}. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "csv", "json", "xlsx", "docx").iterator();
        }
    }
}
