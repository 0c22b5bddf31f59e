package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem as the import prints it: its place and value in the reader's language, or none. */
class ImportTextsTest {
    private static final ImportTexts VI = ImportTexts.vietnamese();
    private static final ImportTexts EN = ImportTexts.english();
    private static final Location E5 = Location.cell("x.xlsx", "Sheet1", "E5");

    private static Problem fraction(Object raw) {
        return Problem.error("count.fraction", E5, raw, "Số lượng phải là số nguyên (số người).",
                "The count must be a whole number of people.");
    }

    @Test
    void theValueTheClerkTypedFollowsTheMessage() {
        assertEquals("x.xlsx: 'Sheet1'!E5: Số lượng phải là số nguyên (số người). (giá trị:"
                + " 1327,5)", VI.line(fraction("1327,5")));
        assertEquals("x.xlsx: 'Sheet1'!E5: The count must be a whole number of people."
                + " (value: 1327,5)", EN.line(fraction("1327,5")));
        Problem warning = Problem.warning("count.over-denominator", E5, "1903", "Số lượng vượt.",
                "The count exceeds.");
        assertEquals("x.xlsx: 'Sheet1'!E5: cảnh báo: Số lượng vượt. (giá trị: 1903)",
                VI.line(warning));
        assertEquals("x.xlsx: 'Sheet1'!E5: warning: The count exceeds. (value: 1903)",
                EN.line(warning));
    }

    @Test
    void noValueOrABlankOneIsNotShownAndLineBreaksInOneAreSpaces() {
        assertEquals("x.xlsx: 'Sheet1'!E5: The count must be a whole number of people.",
                EN.line(fraction(null)));
        assertEquals("x.xlsx: 'Sheet1'!E5: Số lượng phải là số nguyên (số người).",
                VI.line(fraction(" \t")));
        assertEquals("x.xlsx: 'Sheet1'!E5: The count must be a whole number of people."
                + " (value: 1 327 người)", EN.line(fraction("1\n327\tngười")));
        assertEquals("x.xlsx: 'Sheet1'!E5: Số lượng phải là số nguyên (số người). (giá trị:"
                + " 12 5%)", VI.line(fraction("12\n5%")));
    }

    @Test
    void aProblemOfNoPlaceHasNoPrefixInEitherLanguage() {
        Problem more = Problem.error("problems.more", Location.NOWHERE, null,
                "Còn 199789 lỗi khác không liệt kê.", "199789 more problem(s) not listed.");
        assertEquals("Còn 199789 lỗi khác không liệt kê.", VI.line(more));
        assertEquals("199789 more problem(s) not listed.", EN.line(more));
        assertEquals("", VI.location(Location.NOWHERE));
    }

    @Test
    void everyPartOfALocationIsWrittenInTheReadersLanguage() {
        Location line = Location.of("sai.yaml", null, null, 1234, "headerRow");
        assertEquals("sai.yaml: dòng 1234: headerRow", VI.location(line));
        assertEquals("sai.yaml: line 1234: headerRow", EN.location(line));
        assertEquals("'Báo cáo ''ngày'''", VI.location(Location.of(null, "Báo cáo 'ngày'", null,
                null, null)));
        assertEquals("D12", EN.location(Location.of(null, null, "D12", null, null)));
        assertEquals("h.xlsx: reports[0].reporter", VI.location(Location.of("h.xlsx", null, null,
                null, "reports[0].reporter")));
        assertEquals("dòng 7", VI.location(Location.of(null, null, null, 7, null)));
    }

    @Test
    void aRefusedMappingFileListsItsProblemsSo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        new ImportOutput(VI, stream, stream).mappingRefused("m.yaml", List.of(Problem.error(
                "mapping.unknown-key", Location.of("m.yaml", null, null, 2, "countHeader"),
                "countHeader", "Khoá \"countHeader\" không có.", "Unknown key.")));
        assertEquals("m.yaml: tệp ánh xạ bị từ chối, không nhập tệp nào\n  m.yaml: dòng 2:"
                + " countHeader: Khoá \"countHeader\" không có. (giá trị: countHeader)\n",
                err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
