package io.github.uptake.app;

import io.github.uptake.dhis2.DataValueSet;
import io.github.uptake.dhis2.Dhis2Format;
import io.github.uptake.dhis2.Dhis2Import;
import io.github.uptake.dhis2.Dhis2Mapping;
import io.github.uptake.dhis2.ImportOptions;
import io.github.uptake.dhis2.ImportSummary;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code uptake import dhis2 FILE}: a DHIS2 data value set (dataValueSets JSON or CSV, or ADX)
 * stored as one submission, all or nothing ({@link Dhis2Import}), or checked with
 * {@code --dry-run}. The layout comes from {@code --format} or the file's extension; the data
 * elements from {@code --mapping} or the standard mapping; org units are unit codes of the
 * territorial or sectoral units. A layout problem or a conflict refuses the whole file, each at
 * its place in both languages. Exit codes: 0 stored, checked, or nothing new; 2 the file, the
 * mapping file or a value refused (nothing stored), or the file missing, a folder or not UTF-8;
 * 64 a usage error. Not thread-safe: one per command line.
 */
@Command(name = "dhis2", mixinStandardHelpOptions = true,
        description = {"Import a DHIS2 data value set (JSON, CSV or ADX): all stored or none.%n",
                "Each value becomes a report of the segment its data element stands for in the"
                        + " mapping: its org unit's code, its day (period yyyyMMdd), its value as"
                        + " the count, storedBy as the reporter, lastUpdated as when it was sent,"
                        + " comment as the source. Values identical to stored figures are"
                        + " ignored; one conflict (an unknown org unit or data element, a period"
                        + " that is not a day, a value that is not a whole number) refuses the"
                        + " whole file."})
final class ImportDhis2Command implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the data value set (UTF-8)")
    private Path file;

    @Option(names = "--format", paramLabel = "json|csv|adx",
            converter = ExportDhis2Command.FormatConverter.class,
            completionCandidates = ExportDhis2Command.Formats.class,
            description = "the layout; by default the file's extension says it (json, csv, xml"
                    + " or adx)")
    private Dhis2Format format;

    @Option(names = "--mapping", paramLabel = "FILE", description = "the DHIS2 mapping file"
            + " (default: the standard mapping UPTAKE_<SEGMENT>)")
    private Path mappingFile;

    @Option(names = "--dry-run", description = "store nothing; say what an import would do")
    private boolean dryRun;

    @Option(names = "--as", paramLabel = "USER", description = "who imports it: the sender of"
            + " the submission, and the reporter of values without storedBy (default: the"
            + " system user)")
    private String submittedBy;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "also write the import"
            + " summary there, as DHIS2's JSON")
    private Path summaryJson;

    /** The language and database options, given before or after {@code dhis2}. */
    private final LanguageOption language;
    private final DatabaseOptions database;

    private CommandLine.Model.CommandSpec spec;
    private final java.io.PrintStream out;
    private final java.io.PrintStream err;

    /**
     * Makes the command.
     *
     * @param parent  the {@code import} command, whose language and database options it takes,
     *     not null
     * @param out  where results go, not null
     * @param err  where notes and refusals go, not null
     */
    ImportDhis2Command(ImportCommand parent, java.io.PrintStream out, java.io.PrintStream err) {
        this.language = parent.language();
        this.database = parent.database();
        this.out = out;
        this.err = err;
    }

    /** Takes the command's model from picocli and adds the footer. */
    @Spec
    void spec(CommandLine.Model.CommandSpec commandSpec) {
        this.spec = commandSpec;
        commandSpec.usageMessage().footer(UptakeApp.helpText(List.of(
                "The summary: SUCCESS with the values imported (new figures), updated (a new"
                        + " revision) and ignored (identical to a stored figure, or repeated);"
                        + " or ERROR with each conflict at its file, line and field, nothing"
                        + " stored. A value without lastUpdated (every ADX value) that repeats a"
                        + " stored figure is that figure: ignored.",
                "Exit codes: 0 stored, checked or nothing new, 2 refused (nothing stored), 64 a"
                        + " usage error.")));
    }

    /**
     * Imports (or checks) the file.
     *
     * @return 0 stored, checked or nothing new; 2 refused
     * @throws IOException if writing the summary fails
     */
    @Override
    public Integer call() throws IOException {
        Dhis2Format layout = format != null ? format
                : Dhis2Format.ofFileName(file.getFileName().toString()).orElseThrow(() -> usage(
                "cannot tell the layout of " + file + " from its extension: give --format json,"
                        + " csv or adx"));
        String sender = submittedBy != null ? submittedBy
                : System.getProperty("user.name", "uptake");
        if (sender.isBlank()) {
            throw usage("--as needs a name");
        }
        Dhis2Output o = new Dhis2Output(out, err, language.vietnamese());
        if (summaryJson != null && !Dhis2Files.canWrite(summaryJson, "--summary-json", o)) {
            return ExitCodes.REJECTED;
        }
        Optional<byte[]> bytes = Dhis2Files.readUtf8(file, new String[] {"Tệp", "The file"}, o);
        if (bytes.isEmpty()) {
            return ExitCodes.REJECTED;
        }
        Optional<Dhis2Mapping> given = Optional.empty();
        if (mappingFile != null) {
            given = Dhis2Files.mapping(mappingFile, o);
            if (given.isEmpty()) {
                return ExitCodes.REJECTED;
            }
        }
        String name = file.getFileName().toString();
        Validated<DataValueSet> read = layout.read(name, new ByteArrayInputStream(bytes.get()));
        if (!read.isValid()) {
            o.problems(read.problems());
            o.tell(name + ": không đọc được theo dạng " + layout + ", bị từ chối, không lưu gì.",
                    name + ": cannot be read as " + layout + "; refused, nothing stored.");
            return ExitCodes.REJECTED;
        }
        ImportSummary summary;
        try (AppStorage db = database.open()) {
            List<Hierarchy> hierarchies = hierarchies(db);
            if (given.isPresent() && !StoredSegments.knowsAll(db, given.get(),
                    mappingFile.getFileName().toString(), o)) {
                return ExitCodes.REJECTED;
            }
            Dhis2Mapping mapping = given.isPresent() ? given.get() : standard(db, o);
            summary = Dhis2Import.run(read.value(), mapping, hierarchies, db.storage().reportStore(),
                    ImportOptions.of(name, sender, dryRun));
            if (summary.status() != ImportSummary.Status.ERROR) {
                OverPopulation.warn(name, read.value(), mapping, db.storage().referenceStore(),
                        o);
            }
        }
        ImportSummaryText.print(name, summary, o);
        if (summaryJson != null) {
            byte[] json = summary.toJson().getBytes(StandardCharsets.UTF_8);
            Dhis2Files.writeWhole(summaryJson, target -> target.write(json));
        }
        return summary.status() == ImportSummary.Status.ERROR ? ExitCodes.REJECTED
                : ExitCodes.OK;
    }

    /** Returns the territorial and sectoral hierarchies the database has, at least one. */
    private List<Hierarchy> hierarchies(AppStorage db) {
        List<Hierarchy> list = new ArrayList<>();
        for (String h : List.of(Hierarchy.TERRITORIAL, Hierarchy.SECTORAL)) {
            db.storage().referenceStore().hierarchy(h).ifPresent(list::add);
        }
        if (list.isEmpty()) {
            throw usage("the database " + db.description() + " has no territorial or sectoral"
                    + " units; run 'uptake demo' or 'uptake load units' first");
        }
        return list;
    }

    /** Returns the standard mapping of the segments the database may take, said on stderr. */
    private static Dhis2Mapping standard(AppStorage db, Dhis2Output o) {
        Dhis2Mapping m = Dhis2Mapping.standard(StoredSegments.forImport(db));
        o.standardMapping(m);
        return m;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
