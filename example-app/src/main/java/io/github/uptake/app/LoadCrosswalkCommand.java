package io.github.uptake.app;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code uptake load crosswalk FILE.csv --from D --to D2}: a crosswalk between two stored versions
 * of a hierarchy ({@link CrosswalkCsv}); codes that lost their leading zeros are padded against the
 * version they belong to. Not thread-safe: one per command line.
 */
@Command(name = "crosswalk", mixinStandardHelpOptions = true,
        description = {"Load a crosswalk between two stored versions from CSV.%n",
                "One row per piece: weight 1 (or empty) = merged whole; a share such as 303/1710"
                        + " or 0.25 = part of a split (estimated); an empty new_code = retired."})
final class LoadCrosswalkCommand extends LoadFileCommand {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true,
            converter = DayConverter.class, description = "a day on which the old version is"
            + " valid")
    private LocalDate fromDay;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true,
            converter = DayConverter.class, description = "a day on which the new version is"
            + " valid")
    private LocalDate toDay;

    @Option(names = "--hierarchy", paramLabel = "NAME",
            description = "the hierarchy (default " + Hierarchy.TERRITORIAL + ")")
    private String hierarchy;

    @Option(names = "--source", paramLabel = "TEXT",
            description = "where the crosswalk comes from (default: the file's name)")
    private String source;

    @Option(names = "--keep-unlisted",
            description = "old units not listed go whole to the same code")
    private boolean keepUnlisted;

    /**
     * Makes the command.
     *
     * @param load  the {@code load} command, not null
     */
    LoadCrosswalkCommand(LoadCommand load) {
        super(load);
    }

    @Override
    String hierarchy() {
        return hierarchy;
    }

    @Override
    String columns() {
        return CrosswalkCsv.HEADER + " (note optional)";
    }

    @Override
    int load(JdbcStorage s, Path file, String name, LoadOutput o) throws IOException {
        LoadTexts t = o.texts();
        String hierarchyName = hierarchy != null ? hierarchy : Hierarchy.TERRITORIAL;
        Hierarchy h = s.referenceStore().hierarchy(hierarchyName).orElseThrow(
                () -> usage("the database has no " + hierarchyName + " hierarchy; load its"
                        + " versions with 'uptake load units' first"));
        HierarchyVersion from = h.versionOn(fromDay).orElseThrow(
                () -> usage("--from: no version of " + hierarchyName + " is valid on "
                        + fromDay));
        HierarchyVersion to = h.versionOn(toDay).orElseThrow(
                () -> usage("--to: no version of " + hierarchyName + " is valid on " + toDay));
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
                    source != null ? source : name, keepUnlisted);
            problems.addAll(c.problems());
            if (!problems.refused()) {
                s.crosswalkStore().saveCrosswalk(c.value());
                Crosswalk cw = c.value();
                long split = from.units().stream().filter(u -> cw.pieces(u.code()).size() > 1)
                        .count();
                o.out().println(t.text("crosswalk.stored", name, from, to,
                        t.count(cw.pieces().size()), t.count(split), t.count(cw.retired()
                                .size()), cw.retired().isEmpty() ? "" : ": " + String.join(" ",
                                cw.retired())));
                o.warnings(o.out(), problems);
                return ExitCodes.OK;
            }
        }
        return o.refused(name, problems);
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
}
