package io.github.uptake.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Threshold;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.rollup.RollUpPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file: Long An's example, another province's, and located refusals. */
class AppConfigFileTest {
    @TempDir
    Path dir;

    private Validated<AppConfigFile.Loaded> read(String yaml) throws Exception {
        Path f = dir.resolve("uptake.yaml");
        Files.writeString(f, yaml);
        return AppConfigFile.read(f);
    }

    private static Problem only(Validated<?> v) {
        assertFalse(v.isValid(), "refused");
        assertEquals(1, v.problems().size(), v.problems().toString());
        return v.problems().get(0);
    }

    @Test
    void longAnsExampleReadsAsTheDispatchSays() {
        AppConfig c = AppConfigFile.longAn().config();
        assertEquals("80", c.province().code());
        ConsolidatedReport.Header h = c.reportHeader(LocalDate.of(2020, 8, 15));
        assertEquals("UBND TỈNH LONG AN", h.issuingParent());
        assertEquals("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", h.issuingBody());
        assertEquals("Long An", h.place());
        assertEquals("Số:      /BC-STTTT", h.symbol(), "the Decree 30 form, number by hand");
        assertEquals(LocalDate.of(2020, 8, 15), h.issuedOn());
        assertEquals("ứng dụng Bluezone", h.subject());
        assertEquals("Người dân", c.segmentLabel(Segment.RESIDENTS, Locale.forLanguageTag("vi")));
        assertEquals("Residents", c.segmentLabel(Segment.RESIDENTS, Locale.ENGLISH));
        assertEquals(Threshold.SIXTY_PERCENT, c.targetRules().get(0).threshold());
        assertEquals(4, c.targetRules().size());
        assertEquals(3, c.policy().carryForwardDays());
        assertEquals(7070, c.server().port());
        assertEquals(10_000_000L, c.security().maxUploadBytes());
    }

    @Test
    void anotherProvinceGetsItsOwnHeaderAndDefaultsFillTheRest() throws Exception {
        AppConfig c = read("""
                province: { code: "89", name: An Giang }
                reporting: { carryForwardDays: 2, parentFigures: own }
                """).value().config();
        ConsolidatedReport.Header h = c.reportHeader(LocalDate.of(2020, 8, 20));
        assertEquals("UBND TỈNH AN GIANG", h.issuingParent());
        assertEquals("An Giang", h.place());
        assertEquals(2, c.policy().carryForwardDays());
        assertEquals(RollUpPolicy.ParentFigure.OWN_FIGURE, c.policy().parentFigure());
        assertTrue(c.targetRules().isEmpty(), "no targets: the database's are kept");
        assertEquals("Asia/Ho_Chi_Minh", c.reporting().timeZone());
    }

    @Test
    void todayIsTheProvincesDayNotTheServers() throws Exception {
        AppConfig c = AppConfigFile.longAn().config();
        // 20:00 UTC on 14/8 is 03:00 on 15/8 in Viet Nam
        Clock utcEvening = Clock.fixed(Instant.parse("2020-08-14T20:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2020, 8, 15), c.today(utcEvening));
    }

    @Test
    void anEmptyFileIsTheDefaults() throws Exception {
        AppConfig c = read("# nothing yet\n").value().config();
        assertEquals("80", c.province().code());
    }

    @Test
    void anUnknownKeyIsRefusedAtItsLineWithTheKeys() throws Exception {
        Problem p = only(read("province: { code: \"80\", name: Long An }\nsecurty:\n  x: 1\n"));
        assertEquals("config.unknown-key", p.code());
        assertEquals(2, p.location().line().getAsInt());
        assertTrue(p.messageEn().contains("security"), p.messageEn());
        assertTrue(p.messageVi().contains("Khoá \"securty\""), p.messageVi());
    }

    @Test
    void aValueOutOfRangeIsRefusedAtItsKeyInBothLanguages() throws Exception {
        Problem p = only(read("security:\n  sessionIdleMinutes: 0\n"));
        assertEquals("config.bad-value", p.code());
        assertEquals("security", p.location().field().orElseThrow().split("\\.")[0]);
        assertTrue(p.messageVi().contains("từ 1 đến 1440"), p.messageVi());
        assertTrue(p.messageEn().contains("from 1 to 1440"), p.messageEn());
    }

    @Test
    void badTimeZoneCutOffTargetAndParentFiguresAreEachRefused() throws Exception {
        assertTrue(only(read("reporting: { timeZone: Asia/Saigonn }\n")).messageEn()
                .contains("Asia/Saigonn"));
        assertTrue(only(read("reporting: { cutOff: \"4pm\" }\n")).messageEn().contains("HH:mm"));
        assertTrue(only(read("targets:\n  - { segment: residents, threshold: sixty }\n"))
                .location().line().isPresent());
        assertTrue(only(read("reporting: { parentFigures: parents }\n")).messageEn()
                .contains("own-when-children-missing"));
        assertTrue(only(read("targets:\n  - { segment: residents, threshold: 60%,"
                + " deadline: 2020-02-30 }\n")).messageEn().contains("YYYY-MM-DD"));
    }

    @Test
    void theMappingBlockIsReadByTheMappingFilesRules() throws Exception {
        AppConfigFile.Loaded l = read("mapping:\n  countHeaders: [Số đã tải Bluezone]\n"
                + "  countColumn: E\n").value();
        Path alone = dir.resolve("mapping.yaml");
        Files.writeString(alone, "countHeaders: [Số đã tải Bluezone]\ncountColumn: E\n");
        assertEquals(io.github.uptake.app.MappingFile.read(alone).value().toString(),
                l.mapping().toString());
        assertFalse(io.github.uptake.excel.ColumnMapping.defaults().toString()
                .equals(l.mapping().toString()));
        Problem p = only(read("mapping:\n  countColum: E\n"));
        assertEquals("mapping.unknown-key", p.code());
        assertTrue(p.location().file().orElseThrow().startsWith("uptake.yaml"));
    }

    @Test
    void notYamlIsASyntaxProblemAtItsLine() throws Exception {
        Problem p = only(read("province: { code: \"80\"\n  name: [\n"));
        assertEquals("config.syntax", p.code());
        assertTrue(p.location().line().isPresent());
    }

    @Test
    void aMissingFileSaysHowToGetAnExample() {
        Problem p = only(AppConfigFile.read(dir.resolve("nope.yaml")));
        assertEquals("config.missing", p.code());
        assertTrue(p.messageEn().contains("uptake demo"), p.messageEn());
    }
}
