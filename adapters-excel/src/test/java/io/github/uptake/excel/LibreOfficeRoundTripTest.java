package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Report;
import io.github.uptake.model.Submission;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template filled, then opened and saved by LibreOffice (Debian's package, as a clerk's office
 * suite would), imports as the same reports. On CI LibreOffice must be there ({@code .ci/run}
 * installs it); elsewhere the test is skipped when it is missing.
 */
class LibreOfficeRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aFileSavedByLibreOfficeImportsAsTheSameReports() throws Exception {
        boolean available = commandExists("soffice");
        if (System.getenv("CI") != null) {
            assertTrue(available, "CI must have LibreOffice (soffice): .ci/run installs it");
        }
        Assumptions.assumeTrue(available, "LibreOffice (soffice) is not installed");
        Path filled = Fixture.fill(Fixture.template(dir, "794", Fixture.DAY),
                dir.resolve("filled.xlsx"), Map.of("27685", 1_234, "27688", 2_345, "27691", 0));
        Path out = Files.createDirectories(dir.resolve("lo"));
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Process p = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=file://" + profile.toAbsolutePath(),
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(),
                filled.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path saved = out.resolve("filled.xlsx");
        assertTrue(Files.exists(saved), "LibreOffice wrote the file: " + log);
        Validated<Submission> fromLibreOffice = new ExcelImporter(ExcelOptions.defaults())
                .read(saved, Fixture.context().asOf(Fixture.DAY));
        assertTrue(fromLibreOffice.isValid(), fromLibreOffice.problems().toString());
        Validated<Submission> fromPoi = new ExcelImporter(ExcelOptions.defaults())
                .read(filled, Fixture.context().asOf(Fixture.DAY));
        assertEquals(List.of(1_234L, 2_345L, 0L), fromLibreOffice.value().reports().stream()
                .map(Report::count).toList());
        assertEquals(fromPoi.value().reports(), fromLibreOffice.value().reports());
    }

    private static boolean commandExists(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + command).start();
        return p.waitFor() == 0;
    }
}
