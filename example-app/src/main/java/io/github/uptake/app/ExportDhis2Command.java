package io.github.uptake.app;

import io.github.uptake.dhis2.DataValueSet;
import io.github.uptake.dhis2.Dhis2Export;
import io.github.uptake.dhis2.Dhis2Format;
import io.github.uptake.dhis2.Dhis2Mapping;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uptake export dhis2}: a unit's figures and those of the units below it over a range of
 * days, for DHIS2, as dataValueSets JSON or CSV or as ADX ({@link Dhis2Format}). Without
 * {@code --levels}, the reports as sent ({@link Dhis2Export#reports}: who sent each, when, and its
 * source); with {@code --levels}, the roll-up at those DHIS2 levels, each day computed as
 * {@code uptake report} computes it ({@link UnitSpans}, {@link Dhis2Export#rolledUp}). Data
 * elements come from {@code --mapping} or, without it, the standard mapping of the segments the
 * database has figures or denominators for (said on standard error). The export goes to standard
 * output, or whole to {@code --output} (a temporary file moved onto it). Exit codes: 0 written, 2
 * the mapping file refused or the output's folder missing, 64 a usage error (unknown unit or
 * format, {@code --to} before {@code --from}). Not thread-safe: one per command line.
 */
@Command(name = "dhis2", mixinStandardHelpOptions = true,
        description = {"Export figures for DHIS2: dataValueSets JSON or CSV, or ADX.%n",
                "Without --levels, the reports of the unit and the units below it as sent: each"
                        + " day's current figure, with who sent it (storedBy), when (lastUpdated)"
                        + " and its source (comment). With --levels, the roll-up at those DHIS2"
                        + " levels (1 is the tree's root), computed as 'uptake report' computes"
                        + " it. Org units are unit codes, periods days (yyyyMMdd), values whole"
                        + " numbers of people (idScheme=code)."})
final class ExportDhis2Command implements Callable<Integer> {
    /** The most days a roll-up may span (ten years): it is computed for every day in memory. */
    static final int MAX_ROLL_UP_DAYS = 3660;

    @Option(names = "--format", required = true, paramLabel = "json|csv|adx",
            converter = FormatConverter.class, completionCandidates = Formats.class,
            description = "the layout: dataValueSets JSON or CSV, or ADX XML")
    private Dhis2Format format;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD",
            converter = DayConverter.class, description = "the first day")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD",
            converter = DayConverter.class, description = "the last day (inclusive)")
    private LocalDate to;

    @Option(names = "--unit", required = true, paramLabel = "CODE",
            description = "the unit whose figures (its own and those below it) are exported")
    private String unit;

    @Option(names = "--levels", paramLabel = "LEVEL", split = ",",
            converter = LevelConverter.class, description = "export the roll-up at these DHIS2"
                    + " levels, such as 1,2 (1 is the tree's root) instead of the reports as sent")
    private List<Integer> levels;

    @Option(names = "--mapping", paramLabel = "FILE", description = "the DHIS2 mapping file"
            + " (YAML: data set, and each segment's data element and category option combo);"
            + " default: the standard mapping UPTAKE_<SEGMENT>")
    private Path mappingFile;

    @Option(names = "--output", paramLabel = "FILE", description = "write the export to this"
            + " file (whole or not at all) instead of standard output")
    private Path output;

    @Option(names = "--as", paramLabel = "USER", description = "the storedBy of a roll-up's"
            + " values (default: the system user)")
    private String storedBy;

    @Mixin
    private RollUpOptions rollUp = new RollUpOptions();

    @Spec
    private CommandSpec spec;

    private final ExportCommand export;

    /**
     * Makes the command.
     *
     * @param export  the {@code export} command, whose language and database options it takes,
     *     not null
     */
    ExportDhis2Command(ExportCommand export) {
        this.export = export;
    }

    /**
     * Writes the export.
     *
     * @return 0 written, 2 the mapping file refused or the output cannot be written
     * @throws IOException if writing the output fails
     */
    @Override
    public Integer call() throws IOException {
        if (to.isBefore(from)) {
            throw usage("--to " + to + " is before --from " + from);
        }
        if (levels != null && ChronoUnit.DAYS.between(from, to) + 1 > MAX_ROLL_UP_DAYS) {
            throw usage("a roll-up spans at most " + MAX_ROLL_UP_DAYS + " days; --from " + from
                    + " to --to " + to + " is " + (ChronoUnit.DAYS.between(from, to) + 1));
        }
        if (levels == null && rollUp.given()) {
            throw usage("--parent-figures and --carry-forward apply to a roll-up: give --levels");
        }
        String sender = storedBy != null ? storedBy : System.getProperty("user.name", "uptake");
        if (sender.isBlank()) {
            throw usage("--as needs a name");
        }
        Dhis2Output o = export.output();
        if (output != null && !Dhis2Files.canWrite(output, "--output", o)) {
            return ExitCodes.REJECTED;
        }
        Optional<Dhis2Mapping> given = Optional.empty();
        if (mappingFile != null) {
            given = Dhis2Files.mapping(mappingFile, o);
            if (given.isEmpty()) {
                return ExitCodes.REJECTED;
            }
        }
        DataValueSet set;
        try (AppStorage db = export.open()) {
            UnitSpans spans = UnitSpans.find(db.storage().referenceStore(), unit, from, to)
                    .orElseThrow(() -> usage("--unit " + unit + " is not a unit of any"
                            + " hierarchy from " + from + " to " + to + " (check the code, with"
                            + " its leading zeros, and the days)"));
            if (given.isPresent() && !StoredSegments.knowsAll(db, given.get(),
                    mappingFile.getFileName().toString(), o)) {
                return ExitCodes.REJECTED;
            }
            Dhis2Mapping mapping = given.isPresent() ? given.get()
                    : standard(StoredSegments.withFigures(db, from, to), o);
            if (levels == null) {
                set = Dhis2Export.reports(db.storage().reportStore(), spans.hierarchy(), unit,
                        from, to, mapping);
            } else {
                noteRollUpGaps(spans, o);
                List<Segment> segments = mapping.entries().stream()
                        .map(Dhis2Mapping.Entry::segment).toList();
                RollUpPolicy policy = rollUp.policy();
                set = Dhis2Export.rolledUp(spans.series(db.storage(), segments, policy), unit,
                        Set.copyOf(levels), mapping, sender,
                        Instant.now().truncatedTo(ChronoUnit.SECONDS));
            }
        }
        write(set, o);
        return ExitCodes.OK;
    }

    /** Returns the standard mapping of the segments, said on standard error. */
    private static Dhis2Mapping standard(List<Segment> segments, Dhis2Output o) {
        Dhis2Mapping m = Dhis2Mapping.standard(segments);
        o.standardMapping(m);
        return m;
    }

    /** Says which days of the range and which levels have no unit to roll up. */
    private void noteRollUpGaps(UnitSpans spans, Dhis2Output o) {
        List<String> gaps = spans.daysWithout(from, to);
        if (!gaps.isEmpty()) {
            String days = String.join(", ", gaps);
            o.tell("Đơn vị " + unit + " không có trong danh mục đơn vị các ngày " + days
                    + ": không xuất các ngày này.", "The unit " + unit + " is not among the"
                    + " units on " + days + ": those days are not exported.");
        }
        Set<Integer> empty = new TreeSet<>(levels);
        for (UnitSpans.Span s : spans.spans()) {
            HierarchyVersion v = s.version();
            int top = v.ordinal(unit);
            for (int i = top; i < v.subtreeEnd(top); i++) {
                empty.remove(v.depthAt(i) + 1);
            }
        }
        if (!empty.isEmpty()) {
            String list = String.join(", ", empty.stream().map(String::valueOf).toList());
            o.tell("Không có đơn vị nào ở cấp " + list + " tại hoặc dưới " + unit + " (cấp 1 là"
                    + " gốc của cây): các cấp này không có giá trị.", "No unit at level " + list
                    + " is at or below " + unit + " (level 1 is the tree's root): those levels"
                    + " have no values.");
        }
    }

    /** Writes the set to standard output, or whole to the output file. */
    private void write(DataValueSet set, Dhis2Output o) throws IOException {
        int n = set.dataValues().size();
        if (output == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            format.write(set, bytes);
            bytes.writeTo(o.out());
            o.out().flush();
        } else {
            Dhis2Files.writeWhole(output, target -> format.write(set, target));
            o.say("Đã ghi " + n + " giá trị (" + format + ") vào " + output + ".", "Wrote " + n
                    + " values (" + format + ") to " + output + ".");
        }
        if (n == 0) {
            o.tell("Không có số liệu nào của " + unit + " và các đơn vị dưới nó từ " + from
                    + " đến " + to + " cho các nhóm đã ánh xạ.", "No figures of " + unit
                    + " or the units below it from " + from + " to " + to + " for the segments"
                    + " mapped.");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Reads {@code --format}: json, csv or adx, in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Dhis2Format> {
        @Override
        public Dhis2Format convert(String value) {
            return Dhis2Format.named(value).orElseThrow(() -> new CommandLine
                    .TypeConversionException("--format must be json, csv or adx, was " + value));
        }
    }

    /** The values shell completion offers for {@code --format}. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("json", "csv", "adx").iterator();
        }
    }

    /** Reads one of {@code --levels}: a whole number from 1. */
    static final class LevelConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int level;
            try {
                level = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                level = 0;
            }
            if (level < 1) {
                throw new CommandLine.TypeConversionException("--levels are DHIS2 levels from 1"
                        + " (the tree's root), such as 1,2,3; was " + value);
            }
            return level;
        }
    }
}
