package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader of the bulk loads: encodings, separators, the header, line numbers. */
class CsvTableTest {
    private static final CsvTable.Layout LAYOUT = CsvTable.Layout.of(List.of("code", "count"),
            "note");

    /** What a read gave: each row as "line:code=count|note", and the problems. */
    private record Read(List<String> rows, List<Problem> problems) {
        String where() {
            return problems.stream().map(p -> p.location().toString()).toList().toString();
        }
    }

    private static Read read(byte[] bytes) throws IOException {
        List<String> rows = new ArrayList<>();
        List<Problem> problems = CsvTable.read(new ByteArrayInputStream(bytes), "t.csv", LAYOUT,
                r -> rows.add(r.line() + ":" + r.get("code") + "=" + r.get("count") + "|"
                        + r.get("note")));
        return new Read(rows, problems);
    }

    private static Read read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSeparatorIsTheCommonestOfCommaSemicolonAndTabOutsideQuotesInTheHeader() {
        assertEquals(',', CsvTable.separator("code,count,note"));
        assertEquals(';', CsvTable.separator("code;count;\"note, free\""));
        assertEquals('\t', CsvTable.separator("code\tcount\tnote"));
        assertEquals(',', CsvTable.separator("code"));
    }

    @Test
    void rowsCarryTheLineTheyStartOnAcrossQuotedLineBreaksCrlfAndBlankLines()
            throws IOException {
        Read r = read("code;count;note\r\n1;10;\"a\r\nb; c\"\r\n\r\n;;\r\n2;20;\"say \"\"hi\"\"\"\r\n"
                + "3;30;x");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("2:1=10|a\r\nb; c", "6:2=20|say \"hi\"", "7:3=30|x"), r.rows());
    }

    @Test
    void columnsAreReadByNameInAnyOrderAndAnOptionalOneMayBeLeftOut() throws IOException {
        assertEquals(List.of("2:A=1|"), read("count,code\n1,A\n").rows());
        assertEquals(List.of("2:A=1|n"), read(" Note ,COUNT,Code\nn,1,A\n").rows());
    }

    @Test
    void headerFaultsAreRefusedAtLine1NamingTheColumnAndNoRowIsRead() throws IOException {
        Read none = read("A,1,x\nB,2,y\n");
        assertEquals("[t.csv: line 1]", none.where());
        assertTrue(none.problems().get(0).messageEn().contains("expected the header"
                + " code,count,note"), none.problems().toString());
        assertEquals(List.of(), none.rows());
        Read faults = read("code,Count,cnt,code\nA,1,2,A\n");
        assertEquals(List.of("csv.column-unknown", "csv.column-doubled"), faults.problems()
                .stream().map(Problem::code).toList());
        assertEquals("[t.csv: line 1: cnt, t.csv: line 1: code]", faults.where());
        assertEquals(List.of(), faults.rows());
        Read missing = read("code,note\nA,x\n");
        assertEquals("[t.csv: line 1: count]", missing.where());
        assertEquals("csv.empty", read("").problems().get(0).code());
    }

    @Test
    void valuesBeyondTheHeaderOrMissingARequiredColumnAreRefusedAtTheirLine()
            throws IOException {
        Read r = read("code,count,note\nA,1,x,extra\nB\nC,3\nD,4,,,\n");
        assertEquals("[t.csv: line 2, t.csv: line 3: count]", r.where());
        assertEquals(List.of("4:C=3|", "5:D=4|"), r.rows());
    }

    @Test
    void anOpenQuoteIsRefusedAtTheLineItsRowStarts() throws IOException {
        Read r = read("code,count,note\nA,1,x\nB,2,\"open\nC,3,x\n");
        assertEquals("[t.csv: line 3]", r.where());
        assertEquals("csv.quotes", r.problems().get(0).code());
        assertEquals(List.of("2:A=1|x"), r.rows());
    }

    @Test
    void utf8WithAndWithoutBomAndUtf16WithBomAreDecoded() throws IOException {
        String text = "code\tcount\tnote\r\nĐ\t1\tHuyện Đức Huệ\r\n";
        List<String> want = List.of("2:Đ=1|Huyện Đức Huệ");
        assertEquals(want, read(text).rows());
        assertEquals(want, read(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text,
                StandardCharsets.UTF_8)).rows());
        assertEquals(want, read(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, text,
                StandardCharsets.UTF_16LE)).rows());
        assertEquals(want, read(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, text,
                StandardCharsets.UTF_16BE)).rows());
        Read noBom = read(text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("[t.csv: line 1]", noBom.where());
        assertTrue(noBom.problems().get(0).messageEn().contains("UTF-16 without a byte order"
                + " mark"), noBom.problems().toString());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAtTheLineOfTheFirstOneAfterTheRowsBeforeIt()
            throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("code,count,note\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 20_000; i++) {
            b.writeBytes(("U" + i + "," + i + ",plain\n").getBytes(StandardCharsets.US_ASCII));
        }
        // "Huyện" saved in Windows-1258: ê is 0xEA, then a combining dot below 0xF2
        b.writeBytes(new byte[] {'X', ',', '1', ',', 'H', 'u', 'y', (byte) 0xEA, (byte) 0xF2, 'n',
            '\n'});
        b.writeBytes("Y,2,after\n".getBytes(StandardCharsets.US_ASCII));
        Read r = read(b.toByteArray());
        assertEquals("[t.csv: line 20002]", r.where());
        Problem p = r.problems().get(0);
        assertEquals("0xEA", p.rawValue());
        assertTrue(p.messageEn().contains("Save it as \"CSV UTF-8\""), p.messageEn());
        assertTrue(p.messageVi().contains("Hãy lưu lại bằng \"CSV UTF-8\""), p.messageVi());
        assertEquals(20_000, r.rows().size(), "the rows before it are read, none after");
    }

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(bom);
        b.writeBytes(text.getBytes(charset));
        return b.toByteArray();
    }
}
