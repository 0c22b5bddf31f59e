package io.github.uptake.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that the README shows the code between the README markers of an example test. */
final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    static void assertReadmeShows(String exampleFile) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src", "test", "java", "io", "github", "uptake",
                "example", exampleFile), StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README:start") + 16,
                source.indexOf("        // README:end"));
        StringBuilder unindented = new StringBuilder();
        snippet.lines().forEach(l -> unindented.append(l.length() >= 8 ? l.substring(8) : l.strip())
                .append('\n'));
        assertTrue(readme.contains(unindented),
                "README.md must show the example exactly as in " + exampleFile + ":\n" + unindented);
    }
}
