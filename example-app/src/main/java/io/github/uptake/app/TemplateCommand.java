package io.github.uptake.app;

import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ExcelTemplates;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReferenceStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code uptake template}: writes the Excel template a unit fills for a day. Not thread-safe: one
 * per command line.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write the Excel template of a unit for a day.%n",
                "The template lists the unit's units valid that day and their denominators, with"
                        + " an input column for the segment. 'uptake import' reads it back."})
final class TemplateCommand implements Callable<Integer> {
    @Option(names = "--unit", paramLabel = "CODE", required = true,
            description = "the reporting unit, such as 794")
    private String unit;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true,
            converter = DayConverter.class, description = "the day the figures are as of")
    private LocalDate day;

    @Option(names = "--segment", paramLabel = "S", converter = SegmentConverter.class,
            description = "the segment of the input column (default residents)")
    private Segment segment;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
            description = "the workbook to write")
    private Path file;

    @Mixin
    private DatabaseOptions database = new DatabaseOptions();

    private final PrintStream out;

    /**
     * Makes the command.
     *
     * @param out  where it says what it wrote, not null
     */
    TemplateCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * Writes the template.
     *
     * @return 0
     * @throws IOException if the file cannot be written
     */
    @Override
    public Integer call() throws IOException {
        Segment s = segment == null ? Segment.RESIDENTS : segment;
        try (AppStorage db = database.open()) {
            ReferenceStore ref = db.storage().referenceStore();
            HierarchyVersion v = UptakeApp.versionOf(ref, unit, day);
            try (OutputStream os = Files.newOutputStream(file)) {
                new ExcelTemplates(ExcelOptions.defaults()).write(v, unit, day, List.of(s),
                        ref.denominators(s), os);
            }
            out.println("Wrote " + file + " for " + v.unit(unit).orElseThrow().name() + ", "
                    + day);
        }
        return ExitCodes.OK;
    }
}
