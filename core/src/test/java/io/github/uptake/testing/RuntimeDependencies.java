package io.github.uptake.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Pins the runtime dependencies of a published module: the jars a host gets when it adds the
 * artifact, beside the JDK. The build's {@code maven-dependency-plugin:list} (scope runtime) writes
 * them to {@code target/runtime-dependencies.txt} before the tests; {@link #assertPinned} compares
 * them, as {@code groupId:artifactId:type:scope} with versions left to the dependency management,
 * with the module's {@code src/test/resources/runtime-dependencies.txt}, whose {@code #} lines say
 * why each dependency earns its place. A dependency added or gone, even a transitive one, fails
 * with the difference and the command that accepts it. Stateless.
 */
public final class RuntimeDependencies {
    private static final String EXPECTED = "src/test/resources/runtime-dependencies.txt";
    private static final String RESOLVED = "target/runtime-dependencies.txt";
    private static final String PROPOSED = "target/runtime-dependencies.proposed.txt";

    private RuntimeDependencies() {
    }

    /**
     * Compares the runtime dependencies the build resolved for the module under test with its
     * pinned list, failing with the difference and the command that accepts it.
     *
     * @param artifact  the module's artifact id, e.g. {@code uptake-jackson}, for the message
     * @throws IOException if a list cannot be read or the proposed one written
     */
    public static void assertPinned(String artifact) throws IOException {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path resolved = base.resolve(RESOLVED);
        assertTrue(Files.isRegularFile(resolved), resolved + " is missing: run the test through"
                + " Maven (./mvnw verify), whose dependency plugin writes it before the tests");
        List<String> expectedFile = Files.readAllLines(base.resolve(EXPECTED),
                StandardCharsets.UTF_8);
        TreeSet<String> expected = new TreeSet<>();
        List<String> comments = new ArrayList<>();
        for (String line : expectedFile) {
            // the dependency plugin colours its list when Maven prints in colour (a terminal)
            String s = line.replaceAll("\u001B\\[[;\\d]*m", "").strip();
            if (s.startsWith("#")) {
                comments.add(line);
            } else if (!s.isEmpty()) {
                expected.add(s);
            }
        }
        TreeSet<String> actual = coordinates(Files.readAllLines(resolved, StandardCharsets.UTF_8));
        if (actual.equals(expected)) {
            return;
        }
        StringBuilder diff = new StringBuilder();
        for (String s : expected) {
            if (!actual.contains(s)) {
                diff.append("\n  - ").append(s).append("   (pinned, no longer resolved)");
            }
        }
        for (String s : actual) {
            if (!expected.contains(s)) {
                diff.append("\n  + ").append(s).append("   (resolved, not pinned)");
            }
        }
        List<String> proposed = new ArrayList<>(comments);
        proposed.addAll(actual);
        Files.write(base.resolve(PROPOSED), proposed, StandardCharsets.UTF_8);
        String module = base.getFileName().toString();
        fail("The runtime dependencies of " + artifact + " changed:" + diff
                + "\nEvery one of them is a jar in every host that adds " + artifact + ". If the change"
                + " is intended, say why in a # line and accept the new list:\n  cp " + module
                + "/" + PROPOSED + " " + module + "/" + EXPECTED);
    }

    /**
     * Reads the dependency plugin's list ({@code g:a:type[:classifier]:version:scope}, maybe
     * {@code (optional)} and {@code -- module m}) as {@code g:a:type[:classifier]:scope}, plus
     * {@code (optional)} when so marked.
     */
    private static TreeSet<String> coordinates(List<String> lines) {
        TreeSet<String> out = new TreeSet<>();
        for (String line : lines) {
            if (!line.startsWith(" ") || line.isBlank()) {
                continue;
            }
            // the dependency plugin colours its list when Maven prints in colour (a terminal)
            String s = line.replaceAll("\u001B\\[[;\\d]*m", "").strip();
            int module = s.indexOf(" -- ");
            if (module >= 0) {
                s = s.substring(0, module).strip();
            }
            boolean optional = s.endsWith("(optional)");
            if (optional) {
                s = s.substring(0, s.length() - "(optional)".length()).strip();
            }
            String[] parts = s.split(":");
            if (parts.length < 5) {
                continue;
            }
            List<String> kept = new ArrayList<>(List.of(parts));
            kept.remove(parts.length - 2);
            out.add(String.join(":", kept) + (optional ? " (optional)" : ""));
        }
        return out;
    }
}
