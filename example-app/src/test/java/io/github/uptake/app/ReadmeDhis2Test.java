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
 * Runs the commands of the README's section "Exchange with DHIS2 (dataValueSets and ADX)" in its
 * order, on the demo, and checks that the README shows exactly the mapping file, the refused file
 * and what the commands print (the ADX file's time of writing aside).
 */
class ReadmeDhis2Test {
    private static final Path README = Path.of("..", "README.md");
    private static final String MAPPING = """
            dataSet: BLUEZONE_DAILY
            segments:
              residents:
                dataElement: BLUEZONE_USERS
                categoryOptionCombo: RESIDENTS
              staff:
                dataElement: BLUEZONE_USERS
                categoryOptionCombo: STAFF
            """;
    private static final String REFUSED = """
            {"dataSet": "BLUEZONE_DAILY", "dataValues": [
              {"dataElement": "BLUEZONE_USERS", "categoryOptionCombo": "RESIDENTS", "period": "20200819", "orgUnit": "27898", "value": "612"},
              {"dataElement": "BLUEZONE_USERS", "categoryOptionCombo": "RESIDENTS", "period": "20200819", "orgUnit": "27999", "value": "410"},
              {"dataElement": "BLUEZONE_USERS", "categoryOptionCombo": "RESIDENTS", "period": "202008", "orgUnit": "27904", "value": "655"},
              {"dataElement": "BLUEZONE_USERS", "categoryOptionCombo": "RESIDENTS", "period": "20200819", "orgUnit": "27901", "value": "1.234"}
            ]}
            """;
    private static final String EXPORTED = "exported=\"[^\"]*\"";
    @TempDir
    Path dir;
    private final AppRun app = new AppRun();

    /** Returns what a command printed as the README shows it: files by their names. */
    private String shown(String printed) {
        return printed.replace(dir + "/", "");
    }

    private int run(String command, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of(more));
        args.replaceAll(a -> a.equals("dhis2.yaml") || a.equals("long-an.xml")
                || a.equals("tu-dhis2.json") ? dir.resolve(a).toString() : a);
        args.addAll(List.of("--db", dir.resolve("uptake").toString()));
        return app.run(args.toArray(String[]::new));
    }

    @Test
    void theReadmeShowsWhatTheDhis2CommandsPrint() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertEquals(0, app.run("demo", "--db", dir.resolve("uptake").toString()));
        assertTrue(readme.contains("```yaml\n" + MAPPING + "```\n"), "the README's mapping file");
        Files.writeString(dir.resolve("dhis2.yaml"), MAPPING);

        String export = "export dhis2 --format adx --unit 80 --from 2020-08-18 --to 2020-08-18"
                + " --mapping dhis2.yaml --output long-an.xml --lang en";
        assertEquals(0, run(export), app.err());
        assertEquals("", app.err());
        Path adx = dir.resolve("long-an.xml");
        List<String> lines = Files.readAllLines(adx, StandardCharsets.UTF_8);
        String shown = "$ uptake " + export + "\n" + shown(app.out()) + "$ head -5 long-an.xml\n"
                + String.join("\n", lines.subList(0, 5)) + "\n";
        assertTrue(readme.replaceAll(EXPORTED, "").contains("```text\n"
                + shown.replaceAll(EXPORTED, "") + "```\n"), "the README shows:\n" + shown);

        String back = "import dhis2 long-an.xml --mapping dhis2.yaml --lang en";
        assertEquals(0, run(back), app.err());
        shown = "$ uptake " + back + "\n" + shown(app.out());
        // a DHIS2 user corrects Mỹ Bình's 365 to 380: its value is on the line after its group
        int group = lines.indexOf("  <group orgUnit=\"27901\" period=\"2020-08-18/P1D\""
                + " dataSet=\"BLUEZONE_DAILY\">");
        String value = lines.get(group + 1);
        assertTrue(value.contains(" value=\"365\""), value);
        lines.set(group + 1, value.replace(" value=\"365\"", " value=\"380\""));
        Files.write(adx, lines, StandardCharsets.UTF_8);
        assertEquals(0, run(back, "--as", "DHIS2 Long An"), app.err());
        shown += "$ uptake " + back + " --as \"DHIS2 Long An\"\n" + shown(app.out());
        assertTrue(readme.contains("```text\n" + shown + "```\n"), "the README shows:\n" + shown);

        assertTrue(readme.contains("```json\n" + REFUSED + "```\n"), "the README's refused file");
        Files.writeString(dir.resolve("tu-dhis2.json"), REFUSED);
        String refused = "import dhis2 tu-dhis2.json --mapping dhis2.yaml --lang en";
        assertEquals(2, run(refused));
        assertEquals("", app.out());
        shown = "$ uptake " + refused + "\n" + shown(app.err());
        assertTrue(readme.contains("```text\n" + shown + "```\n"), "the README shows:\n" + shown);
    }
}
