package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of the README's section "What a report shows", in its order, on a fresh demo
 * database, and checks that the README shows exactly what they print.
 */
class ReadmeReportTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path CASES = Path.of("src", "test", "resources", "cases");
    private static final Path PARTIAL = Path.of("..", "docs", "examples",
            "partial-denominators");
    @TempDir
    Path dir;
    private final AppRun app = new AppRun();
    private String db;

    private String run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        assertEquals(0, app.run(all), app.err());
        return app.out();
    }

    private static void shows(String readme, String printed) {
        assertTrue(readme.contains("```text\n" + printed + "```\n"), "the README shows:\n"
                + printed);
    }

    @Test
    void theReadmeShowsWhatTheReportCommandsPrint() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        db = dir.resolve("reports").toString();
        run("demo");
        Path c12 = CASES.resolve("12-rate-rounds-up-to-target");
        for (String kind : List.of("units", "denominators", "reports")) {
            run("load", kind, c12.resolve(kind + ".csv").toString());
        }
        shows(readme, run("report", "--unit", "T", "--date", "2020-08-19", "--lang", "en"));
        shows(readme, run("report", "--unit", "T", "--date", "2020-08-19", "--format", "csv"));

        Path c14 = CASES.resolve("14-district-totals-only");
        for (int d = 19; d <= 23; d++) {
            run("import", c14.resolve("province_district-totals_2020-08-" + d + ".xlsx")
                    .toString(), "--date", "2020-08-" + d);
        }
        shows(readme, run("report", "--unit", "801", "--date", "2020-08-22", "--parent-figures",
                "own-when-children-missing", "--lang", "en"));
        List<String> byDefault = run("report", "--unit", "801", "--date", "2020-08-22",
                "--lang", "en").lines().toList();
        String head = String.join("\n", byDefault.subList(0, 5));
        String tail = String.join("\n", byDefault.subList(byDefault.size() - 4,
                byDefault.size()));
        shows(readme, head + "\n  ...\n" + tail + "\n");
        String late = run("report", "--unit", "801", "--date", "2020-08-21", "--parent-figures",
                "own-when-children-missing", "--lang", "en");
        assertTrue(late.contains("own figure 8,641 set aside; 11 below carried forward"), late);
        String shorter = run("report", "--unit", "801", "--date", "2020-08-21",
                "--parent-figures", "own-when-children-missing", "--carry-forward", "2", "--lang",
                "en");
        String ducHue = shorter.lines().filter(l -> l.startsWith("801 ")).findFirst()
                .orElseThrow();
        assertTrue(ducHue.contains(" 8,641 ") && ducHue.endsWith("own figure used; 11 below"
                + " without a figure"), ducHue);
        String flat = readme.replaceAll("\\s+", " ");
        assertTrue(flat.contains("(`own figure 8,641 set aside; 11 below carried forward`)")
                && flat.contains("(`own figure used; 11 below without a figure`)"));
        String province = run("report", "--unit", "80", "--date", "2020-08-22", "--lang", "en");
        assertTrue(province.contains("188 below without a figure"), province);

        for (String kind : List.of("units", "denominators", "reports")) {
            run("load", kind, PARTIAL.resolve(kind + ".csv").toString());
        }
        shows(readme, run("report", "--unit", "P", "--date", "2020-08-19", "--lang", "en"));
        shows(readme, run("report", "--unit", "P", "--date", "2020-08-19", "--format", "csv"));
    }
}
