package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's mapping file: every key, and every way a file is refused, at its line. */
class MappingFileTest {
    @TempDir
    Path dir;

    private Validated<ColumnMapping> read(String yaml) throws Exception {
        Path file = dir.resolve("mapping.yaml");
        Files.writeString(file, yaml);
        return MappingFile.read(file);
    }

    private Problem refused(String yaml) throws Exception {
        Validated<ColumnMapping> m = read(yaml);
        assertFalse(m.isValid(), yaml);
        assertEquals(1, m.problems().size(), m.problems().toString());
        Problem p = m.problems().get(0);
        assertEquals(Optional.of("mapping.yaml"), p.location().file());
        assertFalse(p.messageVi().isBlank() || p.messageEn().isBlank());
        return p;
    }

    @Test
    void everyKeyReachesTheColumnMapping() throws Exception {
        ColumnMapping m = read("""
                # Long An's own sheet
                codeHeaders: [Số hiệu ĐV]
                countHeaders:
                  - Lượt tải Bluezone
                  - Số đã tải
                populationHeaders: Nhân khẩu
                sheet: "19-8"
                headerRow: 4
                codeColumn: b
                countColumn: E
                """).value();
        assertEquals("ColumnMapping[code=[số hiệu đv], count=[lượt tải bluezone, số đã tải],"
                + " population=[nhân khẩu], sheet=19-8, headerRow=4, codeColumn=B,"
                + " countColumn=E]", m.toString());
    }

    @Test
    void anEmptyFileIsTheDefaults() throws Exception {
        assertEquals(ColumnMapping.defaults().toString(), read("# nothing yet\n").value()
                .toString());
        assertEquals(ColumnMapping.defaults().toString(), read("").value().toString());
    }

    @Test
    void anUnknownKeyIsRefusedAtItsLineWithTheKeysThereAre() throws Exception {
        Problem p = refused("codeHeaders: [Mã]\ncountHeader: [Số]\n");
        assertEquals("mapping.unknown-key", p.code());
        assertEquals(OptionalInt.of(2), p.location().line());
        assertEquals(Optional.of("countHeader"), p.location().field());
        assertTrue(p.messageEn().startsWith("Unknown key \"countHeader\" (column "), p.messageEn());
        assertTrue(p.messageEn().endsWith("the keys are: codeHeaders, countHeaders,"
                + " populationHeaders, sheet, headerRow, codeColumn, countColumn."), p.messageEn());
        assertTrue(p.messageVi().startsWith("Khoá \"countHeader\" không có"), p.messageVi());
    }

    @Test
    void badValuesAreRefusedAtTheirLineWithWhatToWrite() throws Exception {
        Problem row = refused("sheet: a\nheaderRow: 0\n");
        assertEquals(OptionalInt.of(2), row.location().line());
        assertEquals(Optional.of("headerRow"), row.location().field());
        assertTrue(row.messageEn().contains("rows are numbered from 1, was 0"), row.messageEn());
        assertTrue(row.messageVi().contains("headerRow là số dòng của tiêu đề"), row.messageVi());
        assertTrue(refused("headerRow: 2.5\n").messageEn().contains("\"2.5\""));
        assertTrue(refused("headerRow: four\n").messageEn().contains("\"four\""));
        Problem column = refused("countColumn: 5\n");
        assertTrue(column.messageEn().contains("a column is named by its letters (B, E, AA),"
                + " was '5'"), column.messageEn());
        Problem blank = refused("countHeaders:\n  - Số\n  - \"  \"\n");
        assertEquals(Optional.of("countHeaders"), blank.location().field());
        assertTrue(blank.messageEn().contains("a header cannot be blank"), blank.messageEn());
        Problem empty = refused("sheet:\n");
        assertTrue(empty.messageEn().startsWith("The key sheet has no value"), empty.messageEn());
        assertTrue(refused("sheet: [a, b]\n").messageEn().contains("sheet is a sheet's name"));
        assertTrue(refused("- a\n- b\n").messageEn().contains("\"key: value\" lines"));
    }

    @Test
    void yamlThatDoesNotParseOrRepeatsAKeyIsRefused() throws Exception {
        Problem syntax = refused("sheet: \"19-8\nheaderRow: 4\n");
        assertEquals("mapping.syntax", syntax.code());
        assertTrue(syntax.messageEn().startsWith("The mapping file is not valid YAML"),
                syntax.messageEn());
        assertFalse(syntax.messageEn().contains("\n"), "one line: " + syntax.messageEn());
        Problem twice = refused("sheet: a\nsheet: b\n");
        assertEquals(OptionalInt.of(2), twice.location().line());
        assertTrue(twice.messageEn().contains("Duplicate field 'sheet'"), twice.messageEn());
    }

    @Test
    void aSyntaxErrorSaysItsLineAndColumnInPlainWordsWithoutTheParsersInternals()
            throws Exception {
        Problem list = refused("codeHeaders: [Mã\ncountHeaders: x\n");
        assertEquals("mapping.syntax", list.code());
        assertEquals(OptionalInt.of(2), list.location().line());
        assertEquals("The mapping file is not valid YAML at line 2, column 13: while parsing a flow"
                + " sequence: expected ',' or ']', but got :. Each line is \"key: value\"; a list"
                + " is [a, b] or one \"- a\" per line.", list.messageEn());
        assertEquals("Tệp ánh xạ không phải YAML hợp lệ ở dòng 2, cột 13: while parsing a flow"
                + " sequence: expected ',' or ']', but got :. Mỗi dòng là \"khoá: giá trị\"; danh"
                + " sách viết [a, b] hoặc mỗi mục một dòng \"- a\".", list.messageVi());
        Problem colons = refused(": : :\n");
        assertEquals(OptionalInt.of(1), colons.location().line());
        assertTrue(colons.messageEn().startsWith("The mapping file is not valid YAML at line 1,"
                + " column 1: while parsing a block mapping: expected <block end>, but found"
                + " ':'. "), colons.messageEn());
        assertTrue(colons.messageVi().startsWith("Tệp ánh xạ không phải YAML hợp lệ ở dòng 1,"
                + " cột 1: "), colons.messageVi());
        Problem braces = refused("{{{\n");
        assertEquals("mapping.syntax", braces.code());
        assertTrue(braces.messageEn().startsWith("The mapping file is not valid YAML at line 1,"
                + " column 3: Expected a field name (Scalar value in YAML). Each line is"),
                braces.messageEn());
        assertTrue(braces.messageVi().startsWith("Tệp ánh xạ không phải YAML hợp lệ ở dòng 1,"
                + " cột 3: Expected a field name (Scalar value in YAML). Mỗi dòng là"),
                braces.messageVi());
        for (Problem p : new Problem[] {list, colons, braces}) {
            for (String m : new String[] {p.messageEn(), p.messageVi()}) {
                assertFalse(m.contains("org.yaml") || m.contains("Event(") || m.contains("\n"),
                        m);
            }
        }
    }

    @Test
    void aMissingFileIsSaidSo() {
        Validated<ColumnMapping> m = MappingFile.read(dir.resolve("none.yaml"));
        assertEquals("mapping.missing", m.problems().get(0).code());
    }

    @Test
    void theSameBlockIsReadUnderAKeyOfALargerConfiguration() throws Exception {
        JsonNode config = new YAMLMapper().readTree("""
                server:
                  port: 7070
                mapping:
                  countHeaders: [Lượt tải Bluezone]
                  headerRow: 2
                """);
        Validated<ColumnMapping> m = MappingFile.read("uptake.yaml: mapping", config.get(
                "mapping"));
        assertTrue(m.isValid(), m.problems().toString());
        assertTrue(m.value().toString().contains("count=[lượt tải bluezone]"), m.toString());
        assertEquals(2, m.value().headerRow().orElseThrow());
        JsonNode bad = new YAMLMapper().readTree("mapping:\n  countHeader: [x]\n");
        Problem p = MappingFile.read("uptake.yaml: mapping", bad.get("mapping")).problems()
                .get(0);
        assertEquals("mapping.unknown-key", p.code());
        assertEquals(Optional.of("uptake.yaml: mapping"), p.location().file());
        assertEquals(Optional.of("countHeader"), p.location().field());
    }
}
