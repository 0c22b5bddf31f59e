package io.github.uptake.app;

import io.github.uptake.app.national.VietnamHistory;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.Unit;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uptake load vn-admin [DIR]}: the national data, Vietnam's units of 2020, 1/3/2025 and
 * 1/7/2025 and the crosswalks between them ({@link VietnamHistory}), shipped in the jar or read
 * from a directory; the 2020 communes that cannot be mapped are counted and, with {@code
 * --unmapped}, listed in a CSV file. Refused (exit 2) when the database already has the hierarchy.
 * Not thread-safe: one per command line.
 */
@Command(name = "vn-admin", mixinStandardHelpOptions = true,
        description = {"Load the national data: Vietnam's units and crosswalks.%n",
                "The units are those of 2020, 1/3/2025 and 1/7/2025, with the crosswalks between"
                        + " them, from the files shipped in the jar or those of DIR. The 2020 codes"
                        + " that cannot be mapped are counted (and written to --unmapped); their"
                        + " figures are left out of re-based views."},
        footer = "Exit codes: 0 stored, 2 refused (nothing stored), 64 a usage error.")
final class LoadVnAdminCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "read the files from this directory instead of the shipped ones")
    private Path dir;

    @Option(names = "--hierarchy", paramLabel = "NAME",
            description = "the name to store them under (default " + Hierarchy.TERRITORIAL + ")")
    private String hierarchy = Hierarchy.TERRITORIAL;

    @Option(names = "--unmapped", paramLabel = "FILE.csv",
            description = "write the 2020 communes that cannot be mapped to this file")
    private String unmapped;

    private final LoadCommand load;

    /**
     * Makes the command.
     *
     * @param load  the {@code load} command, which holds the database and language options
     */
    LoadVnAdminCommand(LoadCommand load) {
        this.load = load;
    }

    /**
     * Loads the national data.
     *
     * @return 0 if stored, 2 if refused
     */
    @Override
    public Integer call() {
        LoadOutput o = load.output();
        LoadTexts t = o.texts();
        Validated<VietnamHistory.Loaded> v;
        try {
            VietnamHistory.Source source = dir != null ? VietnamHistory.directory(dir)
                    : VietnamHistory.shipped();
            v = VietnamHistory.load(source, hierarchy);
        } catch (IOException e) {
            o.err().println(t.text("unreadable", "vn-admin", e.getMessage()));
            return ExitCodes.REJECTED;
        }
        if (!v.isValid()) {
            o.err().println(t.text("vn.refused"));
            v.problems().stream().limit(LoadOutput.SHOWN).forEach(p -> o.err().println("  "
                    + t.line(p)));
            return ExitCodes.REJECTED;
        }
        VietnamHistory.Loaded h = v.value();
        try (AppStorage db = load.open()) {
            JdbcStorage s = db.storage();
            if (s.referenceStore().hierarchy(hierarchy).isPresent()) {
                o.err().println(t.text("vn.exists", hierarchy));
                return ExitCodes.REJECTED;
            }
            s.referenceStore().saveVersions(h.versions());
            h.versions().forEach(version -> o.out().println(t.text("vn.stored", version)));
            for (Crosswalk c : h.crosswalks()) {
                s.crosswalkStore().saveCrosswalk(c);
                o.out().println(t.text("vn.crosswalk", c.from().validFrom(), c.to().validFrom(),
                        c.source()));
            }
        }
        h.corrections().forEach(c -> o.out().println(t.text("vn.corrected", c)));
        o.out().println(t.text("vn.unmapped", t.count(h.unmappable().size()), unmapped == null
                ? t.text("vn.unmapped.hint") : t.text("vn.unmapped.file", unmapped)));
        return unmapped == null ? ExitCodes.OK : writeUnmapped(h, o);
    }

    /** Writes the communes of 2020 that cannot be mapped to the {@code --unmapped} file. */
    private int writeUnmapped(VietnamHistory.Loaded h, LoadOutput o) {
        List<String> lines = new ArrayList<>(List.of("code,name,parent_code"));
        for (Unit u : h.unmappable()) {
            lines.add(String.join(",", Csv.quote(u.code()), Csv.quote(u.name()),
                    Csv.quote(h.of2020().parent(u.code()).map(Unit::code).orElse(""))));
        }
        try {
            Files.write(Path.of(unmapped), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            o.err().println(o.texts().text("unreadable", unmapped, e.getMessage()));
            return ExitCodes.REJECTED;
        }
        return ExitCodes.OK;
    }
}
