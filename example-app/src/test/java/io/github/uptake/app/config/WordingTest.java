package io.github.uptake.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.word.WrittenReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written report's part of the configuration: its wording files, read from the
 * configuration's folder, each replacing the bundled wording of its language, and refused where
 * they are wrong; its header, recipients and signer.
 */
class WordingTest {
    private static final Locale VI = Locale.forLanguageTag("vi");
    @TempDir
    Path dir;

    private static String bundled(String language) throws Exception {
        try (InputStream in = WrittenReport.class.getResourceAsStream("written-report_"
                + language + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Validated<AppConfigFile.Loaded> config(String header) throws Exception {
        Path f = dir.resolve("tinh").resolve("uptake.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "header:\n" + header);
        return AppConfigFile.read(f);
    }

    @Test
    void aWordingFileReplacesTheBundledOneOfItsLanguageOnly() throws Exception {
        Files.createDirectories(dir.resolve("tinh"));
        Files.writeString(dir.resolve("tinh").resolve("en.yaml"), bundled("en")
                .replace("title:\n  name: REPORT", "title:\n  name: DAILY REPORT"));
        Validated<AppConfigFile.Loaded> v = config("  wording: [en.yaml]\n");
        assertTrue(v.isValid(), v.problems().toString());
        AppConfig.Header h = v.value().config().header();
        assertEquals(List.of(dir.resolve("tinh").resolve("en.yaml").toString()), h.wording(),
                "from the configuration's folder");
        WrittenReport.Template en = Wording.template(h, Locale.ENGLISH);
        assertNotEquals(WrittenReport.Template.english(), en);
        assertEquals("en", en.format().locale().getLanguage());
        assertEquals(WrittenReport.Template.vietnamese(), Wording.template(h, VI));
    }

    @Test
    void aWrongOrMissingWordingFileOrTwoOfOneLanguageRefuseTheConfiguration() throws Exception {
        Files.createDirectories(dir.resolve("tinh"));
        Files.writeString(dir.resolve("tinh").resolve("sai.yaml"), bundled("vi")
                .replace("{count} người.\"", "{counts} người.\""));
        Problem wrong = only(config("  wording: [sai.yaml]\n"));
        assertEquals("wording.placeholder.unknown", wrong.code());
        assertEquals("sai.yaml", wrong.location().file().orElseThrow());
        assertTrue(wrong.location().line().isPresent());
        assertEquals("body.count.noDenominator", wrong.location().field().orElseThrow());

        assertEquals("wording.missing", only(config("  wording: [khong-co.yaml]\n")).code());

        Files.writeString(dir.resolve("tinh").resolve("a.yaml"), bundled("vi"));
        Files.writeString(dir.resolve("tinh").resolve("b.yaml"), bundled("vi"));
        Problem twice = only(config("  wording: [a.yaml, b.yaml]\n"));
        assertEquals("config.wording.twice", twice.code());
        assertEquals("header.wording[1]", twice.location().field().orElseThrow());
        assertTrue(twice.messageVi().contains("giữ một tệp cho mỗi ngôn ngữ"), twice.messageVi());
        assertTrue(twice.messageEn().contains("keep one file per language"), twice.messageEn());

        assertFalse(config("  recipients: [\"\"]\n").isValid(), "a blank recipient");
    }

    private static Problem only(Validated<?> v) {
        assertFalse(v.isValid(), "refused");
        assertEquals(1, v.problems().size(), v.problems().toString());
        return v.problems().get(0);
    }

    @Test
    void theHeaderHasTheWrittenReportsDefaultsInEachLanguage() throws Exception {
        LocalDate day = LocalDate.of(2020, 8, 15);
        WrittenReport.Header vi = AppConfigFile.longAn().config().writtenReportHeader(day, VI);
        assertEquals(List.of("UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "BC-STTTT",
                "Long An", "ứng dụng Bluezone", "GIÁM ĐỐC", ""), List.of(vi.superiorBody(),
                vi.issuingBody(), vi.number(), vi.symbol(), vi.place(), vi.campaign(),
                vi.signerTitle(), vi.signerName()));
        assertEquals(List.of("Ủy ban nhân dân tỉnh Long An"), vi.recipients());
        assertEquals(day, vi.date());
        Validated<AppConfigFile.Loaded> other = config("  symbol: \"Số: 12/BC-SKHCN\"\n");
        assertTrue(other.isValid(), other.problems().toString());
        WrittenReport.Header en = other.value().config().writtenReportHeader(day,
                Locale.ENGLISH);
        assertEquals(List.of("12", "BC-SKHCN", "the Bluezone app", "DIRECTOR"), List.of(
                en.number(), en.symbol(), en.campaign(), en.signerTitle()));
        assertEquals(List.of("The People's Committee of Long An province"), en.recipients());
    }
}
