package io.github.uptake.dhis2;

import static io.github.uptake.dhis2.LayoutRefusals.assertRefused;
import static io.github.uptake.dhis2.LayoutRefusals.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataValueSetCsvTest {
    private static final String FILE = "gui-dhis2.csv";

    private static List<DataValue> fixture(String name) throws IOException {
        try (InputStream in = DataValueSetCsvTest.class.getResourceAsStream("/fixtures/" + name)) {
            return read(Dhis2Format.CSV, name, in.readAllBytes()).value().dataValues();
        }
    }

    @Test
    void readsDhis2sExportWithQuotesAndALineBreakInAComment() throws IOException {
        assertEquals(List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "27694", null, null, "1234",
                        "nguyen.van.an", "2020-08-16T08:30:00.000+0700",
                        "Đã đối chiếu với sổ, \"đủ\" cả xã", 2),
                new DataValue("BLUEZONE_USERS", "20200815", "27695", "NU", null, "0012",
                        "trần thị bình", null,
                        "Ghi chú hai dòng:\ndòng thứ hai; có dấu chấm phẩy", 3),
                new DataValue("BLUEZONE_USERS", "20200815", "27697", null, "VIETTEL", "1e3",
                        null, null, null, 6)), fixture("long-an-daily.csv"));
    }

    @Test
    void readsAnExcelFileWithABomSemicolonsAndColumnsByName() throws IOException {
        assertEquals(List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "794", null, null, "1 234", null,
                        null, "Số có dấu cách, Excel", 2),
                new DataValue("BLUEZONE_USERS", "20200815", "808", null, null, "89", null,
                        null, null, 3)), fixture("long-an-excel.csv"));
    }

    @Test
    void readsAFileWithoutAHeaderByPositionKeepingItsFirstRow() throws IOException {
        assertEquals(List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "794", null, null, "4567", null,
                        null, null, 1),
                new DataValue("BLUEZONE_USERS", "20200815", "808", null, null, "89",
                        "lê văn cường", "2020-08-16", "Huyện Cần Giuộc, tổng hợp", 2)),
                fixture("long-an-no-header.csv"));
    }

    @Test
    void writesTheHeaderThenQuotedRowsEndingInCrlf() throws IOException {
        DataValueSet set = DataValueSet.of("BLUEZONE_DAILY", List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "27694", null, "VIETTEL", "12",
                        "trần thị bình", null, "Đủ, \"chắc\"\nhai dòng", 0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dhis2Format.CSV.write(set, out);

        assertEquals("dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,"
                + "lastupdated,comment,followup\r\n"
                + "BLUEZONE_USERS,20200815,27694,,VIETTEL,12,trần thị bình,,"
                + "\"Đủ, \"\"chắc\"\"\nhai dòng\",false\r\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toByteArray()[0] == 'd', "no byte order mark");
    }

    @Test
    void readsCrlfLinesAndSkipsBlankOnes() {
        DataValueSet set = read(Dhis2Format.CSV, FILE, "\r\n"
                + "dataelement,period,orgunit,value\r\n"
                + "BLUEZONE_USERS,20200815,27694,5\r\n"
                + " , ,\r\n"
                + "\r\n"
                + "BLUEZONE_USERS,20200815,27695,6").value();

        assertEquals(List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "27694", null, null, "5", null,
                        null, null, 3),
                new DataValue("BLUEZONE_USERS", "20200815", "27695", null, null, "6", null,
                        null, null, 6)), set.dataValues());
        assertEquals(Optional.empty(), set.dataSet());
    }

    @Test
    void readsColumnsInAnyOrderIgnoringUnknownOnes() {
        DataValueSet set = read(Dhis2Format.CSV, FILE, """
                Value,Ghi chú,ORGUNIT,period,data_element,CatOptCombo,AttributeOptionCombo
                7,không đọc,27694,20200815,BLUEZONE_USERS,NU,VIETTEL
                """).value();

        assertEquals(List.of(new DataValue("BLUEZONE_USERS", "20200815", "27694", "NU",
                "VIETTEL", "7", null, null, null, 2)), set.dataValues());
    }

    @Test
    void readsDhis2sOlderHeaderNames() {
        DataValueSet set = read(Dhis2Format.CSV, FILE, """
                "dataelement","period","orgunit","catoptcombo","attroptcombo","value","storedby","timestamp","comment","flwup"
                "BLUEZONE_USERS","20200815","27694",,,"7","admin","2020-08-16",,"true"
                """).value();

        assertEquals(List.of(new DataValue("BLUEZONE_USERS", "20200815", "27694", null, null,
                "7", "admin", "2020-08-16", null, 2)), set.dataValues());
    }

    @Test
    void readsAHeaderAloneAsAnEmptySet() {
        assertEquals(List.of(), read(Dhis2Format.CSV, FILE, DataValueSetCsv.HEADER + "\n")
                .value().dataValues());
    }

    @Test
    void refusesBytesThatAreNotUtf8AtTheirLine() {
        byte[] bytes = (DataValueSetCsv.HEADER + "\nBLUEZONE_USERS,20200815,794,,,5\n"
                + "BLUEZONE_USERS,20200815,795,,,6,,,Trạm đã gửi\n")
                .getBytes(Charset.forName("windows-1258"));

        Problem p = assertRefused(read(Dhis2Format.CSV, FILE, bytes), FILE,
                "dhis2.csv-encoding", 3);
        assertTrue(p.messageEn().contains("CSV UTF-8"), p::toString);
    }

    @Test
    void refusesUtf16AtLineOne() {
        byte[] bytes = (DataValueSetCsv.HEADER + "\n").getBytes(StandardCharsets.UTF_16);

        assertRefused(read(Dhis2Format.CSV, FILE, bytes), FILE, "dhis2.csv-encoding", 1);
    }

    @Test
    void refusesAHeaderWithoutARequiredColumn() {
        Problem p = assertRefused(read(Dhis2Format.CSV, FILE, """
                dataelement,period,orgunit,comment
                BLUEZONE_USERS,20200815,27694,5
                """), FILE, "dhis2.csv-header", 1);

        assertEquals(Optional.of("value"), p.location().field());
    }

    @Test
    void refusesAColumnNamedTwice() {
        Problem p = assertRefused(read(Dhis2Format.CSV, FILE, """

                dataelement,period,orgunit,value,catoptcombo,category option combo
                BLUEZONE_USERS,20200815,27694,5,NU,NAM
                """), FILE, "dhis2.csv-header", 2);

        assertEquals(Optional.of("column 6"), p.location().field());
    }

    @Test
    void refusesARowTooShortForTheValue() {
        Problem p = assertRefused(read(Dhis2Format.CSV, FILE, """
                dataelement,period,orgunit,catoptcombo,attroptcombo,value
                BLUEZONE_USERS,20200815,27694,,,5
                BLUEZONE_USERS,20200815,27695
                """), FILE, "dhis2.csv-row", 3);

        // the first cell the row lacks
        assertEquals(Optional.of("column 4"), p.location().field());
    }

    @Test
    void refusesARowShorterThanTheHeaderThoughItReachesTheValue() {
        // a file cut in the middle of a row: 365 cut to 3 must not be stored
        Problem p = assertRefused(read(Dhis2Format.CSV, FILE, """
                dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated
                BLUEZONE_USERS,20200815,27694,,,5,a,2020-08-15T09:00:00Z
                BLUEZONE_USERS,20200815,27901,,,3"""), FILE, "dhis2.csv-row", 3);
        assertEquals(Optional.of("column 7"), p.location().field());
    }

    @Test
    void refusesAMisspeltColumnWhoseValuesWouldBeLost() {
        for (String name : new String[] {"catoptcombos", "last_updated_at", "attributeoptioncombos",
                "Store By"}) {
            Problem p = assertRefused(read(Dhis2Format.CSV, FILE, "dataelement,period,orgunit,"
                    + "value," + name + "\nBLUEZONE_USERS,20200815,27694,5,STAFF\n"), FILE,
                    "dhis2.csv-header", 1);
            assertEquals(Optional.of("column 5"), p.location().field(), name);
        }
        // a column of the clerk's own, unlike any of DHIS2's, is still left aside
        assertTrue(read(Dhis2Format.CSV, FILE, "dataelement,period,orgunit,value,Ghi chú\n"
                + "BLUEZONE_USERS,20200815,27694,5,đã đối chiếu\n").isValid());
    }

    @Test
    void refusesARowTooShortWithoutAHeader() {
        assertRefused(read(Dhis2Format.CSV, FILE, """
                BLUEZONE_USERS,20200815,27694,,,5
                "BLUEZONE_USERS","20200815","27695","
                NU",,8
                BLUEZONE_USERS,20200815,27696,,,7
                BLUEZONE_USERS,20200815,27697,,
                """), FILE, "dhis2.csv-row", 5);
    }

    @Test
    void refusesCellsBeyondTheHeaderAsAnUnquotedSeparator() {
        Problem p = assertRefused(read(Dhis2Format.CSV, FILE, """
                dataelement,period,orgunit,value,comment
                BLUEZONE_USERS,20200815,27694,5,Tốt, đủ
                """), FILE, "dhis2.csv-row", 2);

        assertEquals(Optional.of("column 6"), p.location().field());
        assertEquals(" đủ", p.rawValue());
    }

    @Test
    void refusesAQuoteLeftOpenAtTheLineItsRowStarts() {
        assertRefused(read(Dhis2Format.CSV, FILE, """
                dataelement,period,orgunit,value,comment
                BLUEZONE_USERS,20200815,27694,5,ổn
                BLUEZONE_USERS,20200815,27695,6,"chưa đóng
                BLUEZONE_USERS,20200815,27696,7,
                """), FILE, "dhis2.csv-syntax", 3);
    }

    @Test
    void refusesADeletedRow() {
        Problem p = assertRefused(read(Dhis2Format.CSV, FILE, """
                dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup,deleted
                BLUEZONE_USERS,20200815,27694,,,5,,,,false,false
                BLUEZONE_USERS,20200815,27695,,,6,,,,false,TRUE
                """), FILE, "dhis2.csv-deleted", 3);

        assertEquals(Optional.of("deleted"), p.location().field());
    }

    @Test
    void refusesAFileWithNoRow() {
        assertRefused(read(Dhis2Format.CSV, FILE, "\n \n"), FILE, "dhis2.csv-empty", 1);
    }

    @Test
    void reportsEveryBadRowNotOnlyTheFirst() {
        Validated<DataValueSet> r = read(Dhis2Format.CSV, FILE, """
                dataelement,period,orgunit,value
                BLUEZONE_USERS,20200815
                BLUEZONE_USERS,20200815,27694,5
                BLUEZONE_USERS
                """);

        assertRefused(r, FILE, "dhis2.csv-row", 2);
        assertRefused(r, FILE, "dhis2.csv-row", 4);
    }

    @Test
    void linesStayExactInABigFileWithMultiLineCells() {
        StringBuilder csv = new StringBuilder(DataValueSetCsv.HEADER).append("\r\n");
        int line = 2;
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(line);
            boolean twoLines = i % 7 == 0;
            csv.append("BLUEZONE_USERS,20200815,").append(27694 + i).append(",,,").append(i)
                    .append(",,,").append(twoLines ? "\"Trạm Y tế\nxã Mỹ Yên\"" : "Mỹ Yên")
                    .append(",false").append(i % 2 == 0 ? "\n" : "\r\n");
            line += twoLines ? 2 : 1;
        }

        List<DataValue> values = read(Dhis2Format.CSV, FILE, csv.toString()).value().dataValues();
        assertEquals(lines, values.stream().map(DataValue::line).toList());
    }
}
