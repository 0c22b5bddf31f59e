package io.github.uptake.app;

import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.ProblemsException;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code uptake load denominators FILE.csv}: denominators of units of any stored version
 * ({@link DenominatorsCsv}), stored together or not at all. Not thread-safe: one per command line.
 */
@Command(name = "denominators", mixinStandardHelpOptions = true,
        description = {"Load denominators from CSV.%n",
                "A denominator is a unit's population in a segment, with its source and vintage."
                        + " Every code must be a unit of a stored version."})
final class LoadDenominatorsCommand extends LoadFileCommand {
    @Option(names = "--unit", paramLabel = "CODE",
            description = "the reporting unit: every code must be it or under it")
    private String unit;

    @Option(names = "--hierarchy", paramLabel = "NAME",
            description = "check codes against this hierarchy only (default: all)")
    private String hierarchy;

    /**
     * Makes the command.
     *
     * @param load  the {@code load} command, not null
     */
    LoadDenominatorsCommand(LoadCommand load) {
        super(load);
    }

    @Override
    String hierarchy() {
        return hierarchy;
    }

    @Override
    String columns() {
        return DenominatorsCsv.LAYOUT.header();
    }

    @Override
    int load(JdbcStorage s, Path file, String name, LoadOutput o) throws IOException {
        LoadTexts t = o.texts();
        ReferenceStore ref = s.referenceStore();
        if (ref.hierarchyNames().isEmpty()) {
            o.err().println(t.text("no-units", name));
            return ExitCodes.REJECTED;
        }
        UnitCodeIndex units = UnitCodeIndex.ofAllVersions(ref, hierarchy, unit);
        if (!units.scopeKnown(unit)) {
            throw usage("--unit " + unit + " is not a unit of any stored version");
        }
        DenominatorsCsv d = DenominatorsCsv.read(file, name, units, unit);
        if (d.problems().refused()) {
            return o.refused(name, d.problems());
        }
        try {
            ref.saveDenominators(d.denominators());
        } catch (ProblemsException e) {
            FileProblems saved = new FileProblems();
            saved.addLocated(name, e.problems(), "denominators", i -> d.line(i & 0xFFFFF),
                    DenominatorsCsv.COLUMNS);
            return o.refused(name, saved);
        }
        o.out().println(t.text("denominators.stored", name, t.count(d.denominators().size())));
        o.warnings(o.out(), d.problems());
        return ExitCodes.OK;
    }
}
