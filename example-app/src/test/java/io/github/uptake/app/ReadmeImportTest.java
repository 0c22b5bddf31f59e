package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of the README's section "Importing from the command line and the dashboard",
 * in its order, and checks that the README shows exactly what they print.
 */
class ReadmeImportTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    @TempDir
    Path dir;
    private final AppRun app = new AppRun();

    /** Returns what a command printed as the README shows it: paths from the repository's root. */
    private String shown(String printed) {
        return printed.replace("../docs/", "docs/").replace(dir.toString(), "/tmp/readme");
    }

    @Test
    void theReadmeShowsWhatTheImportCommandsPrint() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String db = dir.resolve("uptake").toString();
        assertEquals(0, app.run("demo", "--db", db));

        String province = EXAMPLES.resolve("long-an_2020-08-19.xlsx").toString();
        assertEquals(0, app.run("import", province, "--date", "2020-08-19", "--db", db));
        String stored = shown(app.out());
        assertTrue(readme.contains("```text\n" + stored + "```\n"), "the README shows:\n" + stored);

        assertEquals(0, app.run("import", province, "--date", "2020-08-19", "--db", db));
        // the id depends on the sender, by default the system's user: the README elides it
        String again = shown(app.out()).strip().replaceAll("xlsx-[0-9a-f]{32}", "xlsx-…");
        assertTrue(readme.replaceAll("\\s+", " ").contains("`" + again + "`"),
                "the README quotes:\n" + again);

        assertEquals(0, app.run("import", EXAMPLES.resolve("duc-hue_2020-08-19.xlsx").toString(),
                "--date", "2020-08-19", "--dry-run", "--lang", "en", "--db", db));
        String dryRun = shown(app.out());
        assertTrue(readme.contains("```text\n" + dryRun + "```\n"), "the README shows:\n" + dryRun);

        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "codeHeaders: [Số hiệu]\ncountHeader: [Lượt tải Bluezone]\n");
        assertEquals(2, app.run("import", EXAMPLES.resolve("duc-hue_2020-08-19.xlsx").toString(),
                "--date", "2020-08-19", "--mapping", mapping.toString(), "--lang", "en", "--db",
                db));
        String refused = shown(app.err()).replaceAll("(?m)^", "  ");
        assertTrue(readme.contains("```text\n" + refused + "  ```\n"),
                "the README shows:\n" + refused);
    }
}
