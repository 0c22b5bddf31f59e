package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of the README's section "The Department's written report (Word)" on a fresh
 * demo database and checks that the README quotes what the document says and what a wrong
 * wording file prints.
 */
class ReadmeWrittenReportTest {
    private static final Path README = Path.of("..", "README.md");
    @TempDir
    Path dir;
    private final AppRun app = new AppRun();

    private static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    /** The section's quoted paragraphs ({@code > ...} lines), each joined into one line. */
    private static List<String> quoted(String section) {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (String line : section.lines().map(String::strip).toList()) {
            if (line.startsWith(">") && line.length() > 1) {
                p.append(p.length() > 0 ? " " : "").append(line.substring(1).strip());
            } else if (p.length() > 0) {
                out.add(p.toString());
                p.setLength(0);
            }
        }
        return out;
    }

    @Test
    void theReadmeQuotesTheWrittenReportOfTheDemo() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## The Department's written report (Word)");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 3));
        String db = dir.resolve("uptake").toString();
        assertEquals(0, app.run("demo", "--db", db), app.err());
        Path docx = dir.resolve("bao-cao-80-2020-08-15.docx");
        assertEquals(0, app.run("report", "--unit", "80", "--date", "2020-08-15", "--format",
                "docx", "--out", docx.toString(), "--db", db), app.err());
        List<String> said = paragraphs(docx);
        List<String> quotes = quoted(section);
        assertEquals(6, quotes.size(), quotes.toString());
        for (String q : quotes) {
            assertTrue(said.contains(q), "the document says: " + q + "\n" + said);
        }
        Path en = dir.resolve("report.docx");
        assertEquals(0, app.run("report", "--unit", "80", "--date", "2020-08-15", "--format",
                "docx", "--out", en.toString(), "--lang", "en", "--db", db), app.err());
        String sentence = paragraphs(en).stream().filter(p -> p.contains("197,011"))
                .findFirst().orElseThrow();
        assertTrue(section.replaceAll("\\s+", " ").contains("\"" + sentence + "\""), sentence);

        String wording;
        try (InputStream in = getClass().getResourceAsStream(
                "/io/github/uptake/word/written-report_vi.yaml")) {
            wording = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("loi-van_vi.yaml"), wording.replace(
                "còn thiếu {gap} người.\"", "còn thiếu {gaps} người.\""));
        Path config = Files.writeString(dir.resolve("tinh.yaml"),
                "header:\n  wording: [loi-van_vi.yaml]\n");
        assertEquals(2, app.run("report", "--unit", "80", "--date", "2020-08-15", "--format",
                "docx", "--out", dir.resolve("x.docx").toString(), "--config", config.toString(),
                "--db", db));
        // the block is in a list item: indented by two spaces
        String unindented = section.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        assertTrue(unindented.contains("```\n" + app.err() + "```\n"), "the README shows:\n"
                + app.err());
    }
}
