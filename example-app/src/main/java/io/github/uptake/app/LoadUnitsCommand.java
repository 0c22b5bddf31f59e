package io.github.uptake.app;

import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code uptake load units FILE.csv}: one or more versions of hierarchies ({@link UnitsCsv}),
 * stored together or not at all. Not thread-safe: one per command line.
 */
@Command(name = "units", mixinStandardHelpOptions = true,
        description = {"Load units (versions of hierarchies) from CSV.%n",
                "A version is a hierarchy's units, their kinds, names and parents, from a day."
                        + " Every value and each version's tree are checked (codes, parents,"
                        + " one root), each problem at its line and column."})
final class LoadUnitsCommand extends LoadFileCommand {
    /**
     * Makes the command.
     *
     * @param load  the {@code load} command, not null
     */
    LoadUnitsCommand(LoadCommand load) {
        super(load);
    }

    @Override
    String columns() {
        return UnitsCsv.LAYOUT.header() + " (name_en optional)";
    }

    @Override
    int load(JdbcStorage s, Path file, String name, LoadOutput o) throws IOException {
        LoadTexts t = o.texts();
        UnitsCsv u = UnitsCsv.read(file, name);
        if (u.problems().refused()) {
            return o.refused(name, u.problems());
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
            return o.refused(name, saved);
        }
        for (HierarchyVersion v : u.versions()) {
            o.out().println(t.text("units.stored", name, v));
        }
        if (u.versions().isEmpty()) {
            o.out().println(t.text("no-rows", name));
        }
        return ExitCodes.OK;
    }
}
