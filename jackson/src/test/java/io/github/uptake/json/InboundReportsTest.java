package io.github.uptake.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Severity;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundReportsTest {
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");
    private final ObjectMapper mapper = new ObjectMapper();

    private static String inbound(String count) {
        return "{\"unitCode\":\"00794\",\"segment\":\"residents\",\"asOf\":\"2020-08-15\","
                + "\"count\":" + count + ",\"reportedAt\":\"2020-08-15T09:00:00Z\","
                + "\"reporter\":\"UBND TP Tân An\"}";
    }

    private Validated<List<Report>> read(String json) {
        return InboundReports.read(mapper, json, Location.NOWHERE);
    }

    private static Problem only(Validated<?> v) {
        assertFalse(v.isValid(), v.toString());
        assertEquals(1, v.problems().size(), v.toString());
        return v.problems().get(0);
    }

    @Test
    void readsOneReport() {
        Validated<List<Report>> v = read(inbound("197011"));
        assertEquals(List.of(Report.of("00794", Segment.RESIDENTS, LocalDate.of(2020, 8, 15),
                197_011, SENT, "UBND TP Tân An", null)), v.value());
        assertTrue(v.problems().isEmpty());
    }

    @Test
    void readsAListInOrder() {
        Validated<List<Report>> v = read("[" + inbound("1") + ", " + inbound("2") + "]");
        assertEquals(List.of(1L, 2L), v.value().stream().map(Report::count).toList());
        assertTrue(read("[]").value().isEmpty());
    }

    @Test
    void aFractionalCountIsALocatedProblemNeverTruncated() {
        Problem p = only(read(inbound("1234.9")));
        assertEquals("count.fraction", p.code());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Location.field("count"), p.location());
        assertEquals("1234.9", p.rawValue());
        assertEquals("Số lượng phải là số nguyên (số người), không có phần thập phân.",
                p.messageVi());
        assertEquals("The count must be a whole number of people, without a fractional part.",
                p.messageEn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1.234\"", "\"abc\"", "\"1234\"", "\"1,234\"", "true", "{\"n\":1}",
            "[1234]"})
    void aCountThatIsNoJsonNumberIsALocatedProblem(String count) {
        Problem p = only(read(inbound(count)));
        assertEquals("count.not-a-number", p.code());
        assertEquals(Location.field("count"), p.location());
        assertEquals(count.startsWith("{") ? "{…}" : count.startsWith("[") ? "[…]" : count,
                p.rawValue());
        assertTrue(p.messageVi().contains("không đặt trong dấu ngoặc kép"), p.messageVi());
        assertTrue(p.messageEn().contains("not in quotes"), p.messageEn());
    }

    /**
     * 1234.0 and 1.234e3 are the whole number 1234 exactly: JSON has one number type and programs
     * whose numbers are doubles write whole ones so. Accepted, like a whole-valued numeric cell
     * in a workbook.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1234", "1234.0", "1234.000", "1.234e3", "1.234E+3", "12340e-1"})
    void aWholeNumberIsReadExactlyWhateverItsNotation(String count) {
        assertEquals(1234, read(inbound(count)).value().get(0).count());
    }

    @Test
    void zeroIsAWholeNumberInEveryNotation() {
        for (String zero : List.of("0", "0.0", "-0", "0e5")) {
            assertEquals(0, read(inbound(zero)).value().get(0).count(), zero);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234.0000000000000001", "1.2345e3", "1e-3", "0.5"})
    void anyFractionalPartIsRefusedHoweverSmall(String count) {
        assertEquals("count.fraction", only(read(inbound(count))).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901234567890", "1e30", "-1e400"})
    void aNumberBeyondALongIsTooLarge(String count) {
        Problem p = only(read(inbound(count)));
        assertEquals("count.too-large", p.code());
        assertEquals(count, p.rawValue());
    }

    @Test
    void rangeAndSignAreTheValidationsRules() {
        Problem negative = only(read(inbound("-1")));
        assertEquals("report.count", negative.code());
        assertEquals(Location.field("count"), negative.location());
        assertEquals("report.count", only(read(inbound("1e13"))).code());
        assertEquals("report.count", only(read(inbound("null"))).code());
    }

    @Test
    void problemsOfAListNameTheReportAndComeAllTogether() {
        Validated<List<Report>> v = read("[" + inbound("1") + "," + inbound("2.5") + ","
                + inbound("\"3\"") + ",7]");
        assertFalse(v.isValid());
        assertEquals(List.of("[1].count", "[2].count", "[3]"), v.problems().stream()
                .map(p -> p.location().field().orElseThrow()).toList());
        assertEquals(List.of("count.fraction", "count.not-a-number", "json.not-a-report"),
                v.problems().stream().map(Problem::code).toList());
    }

    @Test
    void theLocationGivenIsKept() {
        Location file = Location.of("bao-cao.json", null, null, null, null);
        Problem p = only(InboundReports.read(mapper, "[" + inbound("1.5") + "]", file));
        assertEquals(Location.of("bao-cao.json", null, null, null, "[0].count"), p.location());
        assertEquals("bao-cao.json: [0].count", p.location().toString());
    }

    @Test
    void aFieldWithAShapeProblemGetsThatProblemOnly() {
        Validated<List<Report>> v = read("{\"unitCode\":794,\"segment\":\"residents\","
                + "\"asOf\":\"2020-08-15\",\"count\":5,\"reportedAt\":1597482000,"
                + "\"reporter\":[\"x\"]}");
        assertEquals(List.of("json.not-text:unitCode:794", "report.reported-at:reportedAt:1597482000",
                        "json.not-text:reporter:[…]"),
                v.problems().stream().map(p -> p.code() + ":" + p.location().field()
                        .orElseThrow() + ":" + p.rawValue()).toList());
    }

    @Test
    void aTimeSentWithAnOffsetIsTheSameInstant() {
        Validated<List<Report>> v = read(inbound("5").replace("2020-08-15T09:00:00Z",
                "2020-08-15T16:00:00+07:00"));
        assertEquals(SENT, v.value().get(0).reportedAt());
        Problem p = only(read(inbound("5").replace("2020-08-15T09:00:00Z", "15/08/2020 16:00")));
        assertEquals("report.reported-at", p.code());
        assertEquals("\"15/08/2020 16:00\"", p.rawValue());
    }

    @Test
    void theValidationsRulesApplyToo() {
        Validated<List<Report>> v = read(inbound("5").replace("2020-08-15\"", "2020-02-30\""));
        assertEquals("report.as-of", only(v).code());
        assertEquals(Location.field("asOf"), only(v).location());
    }

    @Test
    void anUnknownFieldIsAWarningAndADuplicateAnError() {
        Validated<List<Report>> v = read(inbound("5").replace("{", "{\"cout\":{\"a\":[1]},"));
        assertTrue(v.isValid());
        Problem w = v.problems().get(0);
        assertEquals("json.unknown-field", w.code());
        assertEquals(Severity.WARNING, w.severity());
        assertEquals(Location.field("cout"), w.location());
        Problem d = only(read(inbound("5").replace("}", ",\"count\":6}")));
        assertEquals("json.duplicate-field", d.code());
        assertEquals("6", d.rawValue());
    }

    @Test
    void malformedJsonIsOneProblemWithItsLine() {
        Location file = Location.of("bao-cao.json", null, null, null, null);
        Problem p = only(InboundReports.read(mapper, "[\n" + inbound("1") + ",\n{\"count\": 1,,}]",
                file));
        assertEquals("json.syntax", p.code());
        assertEquals(OptionalInt.of(3), p.location().line());
        assertEquals(Optional.of("bao-cao.json"), p.location().file());
        assertTrue(p.messageVi().contains("dòng 3"), p.messageVi());
        assertTrue(p.messageEn().contains("line 3"), p.messageEn());
    }

    @Test
    void anythingButAReportOrAListIsAProblem() {
        assertEquals("json.empty", only(read("  ")).code());
        assertEquals("json.not-a-report", only(read("1234")).code());
        assertEquals("json.not-a-report", only(read("\"report\"")).code());
        assertEquals("json.trailing", only(read(inbound("1") + " " + inbound("2"))).code());
    }

    @Test
    void theMappersParserSettingsApply() {
        String commented = "// sent by the portal\n" + inbound("5");
        assertEquals("json.syntax", only(read(commented)).code());
        ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .build();
        assertEquals(5, InboundReports.read(lenient, commented, Location.NOWHERE).value().get(0)
                .count());
    }

    @Test
    void aStreamIsReadAndLeftOpen() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(("[" + inbound("9") + "]")
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertEquals(9, InboundReports.read(mapper, in, Location.NOWHERE).value().get(0).count());
        assertFalse(closed.get());
    }
}
