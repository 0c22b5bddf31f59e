package io.github.uptake.app.entry;

import static io.github.uptake.app.entry.DemoStores.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/reports} without a server: the JSON read, the request validated with its
 * messages in both languages at their field paths, the figures checked and stored like the form's,
 * and the status and body of each answer.
 */
class ReportsApiTest {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String WARD_1 = "27694";

    private final DemoStores stores = DemoStores.inMemory();
    private final ReportsApi api = new ReportsApi(stores.entry());

    private long lastOf(String code) {
        return stores.current(code, LocalDate.of(2020, 8, 18)).orElseThrow();
    }

    private ReportsApi.Response post(String json) {
        return api.handle(json, "tanan", "794", Locale.ENGLISH);
    }

    private static String body(String reports) {
        return "{\"date\": \"2020-08-19\", \"reports\": [" + reports + "]}";
    }

    private static ReportsApiResponse.ProblemBody at(ReportsApi.Response r, String location) {
        return r.body().problems().stream().filter(p -> location.equals(p.location()))
                .findFirst().orElseThrow(() -> new AssertionError("no problem at " + location
                        + ": " + r.body().problems()));
    }

    @Test
    void validFiguresAreStoredAnd200() throws Exception {
        long a = lastOf(WARD_1) + 100;
        long b = lastOf("27697") + 200;
        ReportsApi.Response r = post(body("{\"unit\": \"27694\", \"count\": " + a + "},"
                + " {\"unit\": \"27697\", \"count\": " + b + ".0}"));
        assertEquals(200, r.status(), r.json());
        assertEquals("STORED", r.body().outcome());
        assertEquals(OptionalLong.of(a), stores.current(WARD_1, DAY));
        assertEquals(OptionalLong.of(b), stores.current("27697", DAY));
        JsonNode json = new ObjectMapper().readTree(r.json());
        assertEquals("STORED", json.get("outcome").asText());
        assertEquals("2020-08-19", json.get("date").asText());
        assertEquals("residents", json.get("segment").asText());
        assertTrue(json.get("submission").asText().startsWith("api-2020-08-19-"), r.json());
        JsonNode unit = json.get("units").get(0);
        assertEquals(WARD_1, unit.get("unit").asText());
        assertEquals("Phường 1", unit.get("name").asText());
        assertEquals(lastOf(WARD_1), unit.get("previous").asLong());
        assertEquals("2020-08-18", unit.get("previousDate").asText());
        assertEquals(a, unit.get("count").asLong());
        assertEquals("ADDED", unit.get("change").asText());
        assertEquals(0, json.get("problems").size());
        assertEquals("api", stores.revisions(WARD_1, DAY).get(0).report().sourceRef()
                .orElseThrow());
    }

    @Test
    void theSameRequestTwiceIsUnchangedNotAnError() {
        String json = body("{\"unit\": \"27694\", \"count\": " + (lastOf(WARD_1) + 1) + "}");
        assertEquals("STORED", post(json).body().outcome());
        ReportsApi.Response again = post(json);
        assertEquals(200, again.status());
        assertEquals("UNCHANGED", again.body().outcome());
        assertEquals("UNCHANGED", again.body().units().get(0).change());
        assertEquals(1, stores.revisions(WARD_1, DAY).size());
    }

    @Test
    void aDryRunIsCheckedAnd200AndStoresNothing() {
        ReportsApi.Response r = post("{\"date\": \"2020-08-19\", \"dryRun\": true, \"reports\":"
                + " [{\"unit\": \"27694\", \"count\": " + (lastOf(WARD_1) + 1) + "}]}");
        assertEquals(200, r.status());
        assertEquals("CHECKED", r.body().outcome());
        assertNull(r.body().submission());
        assertEquals(Map.of(), stores.figures(DAY));
    }

    @Test
    void figuresRefusedByTheChecksAre422WithEveryProblemAndNothingStored() {
        ReportsApi.Response r = post(body("{\"unit\": \"27694\", \"count\": "
                + (lastOf(WARD_1) + 1) + "}, {\"unit\": \"27778\", \"count\": 10},"
                + " {\"unit\": \"27697\", \"count\": 1}, {\"unit\": \"27694\", \"count\": 5}"));
        assertEquals(422, r.status(), r.json());
        assertEquals("REFUSED", r.body().outcome());
        assertEquals(List.of("reports[1].unit", "reports[2].count", "reports[3].unit"),
                r.body().problems().stream().map(ReportsApiResponse.ProblemBody::location)
                        .toList(), "in the order of the figures");
        assertEquals("unit.outside", at(r, "reports[1].unit").code());
        assertEquals("count.decreasing", at(r, "reports[2].count").code());
        ReportsApiResponse.ProblemBody twice = at(r, "reports[3].unit");
        assertEquals("row.duplicate", twice.code());
        assertEquals("Unit 27694 Phường 1 already appears at reports[0].unit; send one figure per"
                + " unit.", twice.messageEn());
        assertEquals("Đơn vị 27694 Phường 1 đã có ở reports[0].unit; mỗi đơn vị chỉ gửi một số.",
                twice.messageVi());
        assertEquals(Map.of(), stores.figures(DAY));
        assertEquals("Nothing stored: 3 error(s); correct the fields shown and send again.",
                r.body().message());
    }

    @Test
    void constraintViolationsAre400WithTheirFieldPathsInBothLanguages() {
        ReportsApi.Response r = api.handle("{\"date\": \"2020-02-30\", \"segment\": \"Cư dân\","
                + " \"reports\": [{\"unit\": \"27694\", \"count\": 1.5},"
                + " {\"unit\": \"27 694\", \"count\": -3}, {\"count\": 1e13}, {\"unit\": \"27697\"},"
                + " null]}", "tanan", "794", VI);
        assertEquals(400, r.status(), r.json());
        assertEquals("REFUSED", r.body().outcome());
        assertEquals(List.of("date", "reports[0].count", "reports[1].count", "reports[1].unit",
                "reports[2].count", "reports[2].unit", "reports[3].count", "reports[4]",
                "segment"), r.body().problems().stream()
                .map(ReportsApiResponse.ProblemBody::location).toList());
        ReportsApiResponse.ProblemBody fraction = at(r, "reports[0].count");
        assertEquals("count.fraction", fraction.code());
        assertEquals("1.5", fraction.value());
        assertEquals("Số người phải là số nguyên, không có phần thập phân.", fraction.messageVi());
        assertEquals("The number of people must be a whole number, without a fractional part.",
                fraction.messageEn());
        assertEquals("count.negative", at(r, "reports[1].count").code());
        assertEquals("count.too-large", at(r, "reports[2].count").code());
        assertEquals("unit.missing", at(r, "reports[2].unit").code());
        assertEquals("Thiếu mã đơn vị (unit).", at(r, "reports[2].unit").messageVi());
        assertEquals("count.missing", at(r, "reports[3].count").code());
        assertEquals("report.missing", at(r, "reports[4]").code());
        // the core's own constraints, with the core's own words
        ReportsApiResponse.ProblemBody code = at(r, "reports[1].unit");
        assertEquals("report.unit-code", code.code());
        assertTrue(code.messageVi().startsWith("Mã đơn vị không hợp lệ"), code.messageVi());
        assertTrue(code.messageEn().startsWith("Invalid unit code"), code.messageEn());
        ReportsApiResponse.ProblemBody day = at(r, "date");
        assertEquals("report.as-of", day.code());
        assertEquals("2020-02-30", day.value());
        assertEquals("Ngày không hợp lệ: cần một ngày có thật, ghi theo dạng năm-tháng-ngày, ví"
                + " dụ 2020-08-15.", day.messageVi());
        assertEquals("Invalid date: give a day that exists, written year-month-day, e.g."
                + " 2020-08-15.", day.messageEn());
        assertEquals("report.segment", at(r, "segment").code());
        assertTrue(r.body().message().startsWith("Yêu cầu không hợp lệ, không lưu gì: có 9 lỗi"),
                r.body().message());
        assertEquals(Map.of(), stores.figures(DAY));
    }

    @Test
    void aMissingDateAndEmptyOrTooLongListsAre400() {
        ReportsApi.Response noDate = post("{\"reports\": [{\"unit\": \"27694\", \"count\": 1}]}");
        assertEquals(400, noDate.status());
        assertEquals("date.missing", at(noDate, "date").code());
        assertEquals("reports.missing", at(post("{\"date\": \"2020-08-19\"}"), "reports").code());
        assertEquals("reports.size", at(post(body("")), "reports").code());
        String many = IntStream.range(0, ReportsApiRequest.MAX_REPORTS + 1)
                .mapToObj(i -> "{\"unit\": \"27694\", \"count\": 1}")
                .collect(Collectors.joining(","));
        ReportsApi.Response tooMany = post(body(many));
        assertEquals(400, tooMany.status());
        assertEquals(List.of("reports.size"), tooMany.body().problems().stream()
                .map(ReportsApiResponse.ProblemBody::code).toList());
        assertEquals("reports must hold 1 to 10,000 figures; send more in several requests.",
                at(tooMany, "reports").messageEn());
    }

    @Test
    void malformedJsonIs400WithItsLineAndAMessage() {
        ReportsApi.Response r = post("{\"date\": \"2020-08-19\",\n \"reports\": [ {\"unit\": }]}");
        assertEquals(400, r.status());
        ReportsApiResponse.ProblemBody p = r.body().problems().get(0);
        assertEquals("json.syntax", p.code());
        assertEquals("line 2", p.location());
        assertTrue(p.messageVi().startsWith("Nội dung JSON sai cú pháp ở dòng 2, cột "),
                p.messageVi());
        assertTrue(p.messageEn().startsWith("The JSON is malformed at line 2, column "),
                p.messageEn());
        assertEquals("json.empty", post("  ").body().problems().get(0).code());
        assertEquals(400, post(null).status());
        assertEquals("json.not-an-object", post("null").body().problems().get(0).code());
        assertEquals("json.not-an-object", post("[1, 2]").body().problems().get(0).code());
        assertEquals("json.trailing", post(body("") + " {}").body().problems().get(0).code());
    }

    @Test
    void valuesOfTheWrongJsonTypeAre400AtTheirField() {
        ReportsApi.Response quoted = post(body("{\"unit\": \"27694\", \"count\": \"1.234\"}"));
        assertEquals(400, quoted.status());
        ReportsApiResponse.ProblemBody p = at(quoted, "reports[0].count");
        assertEquals("count.not-a-number", p.code());
        assertEquals("The count must be a JSON number, not in quotes and without thousands"
                + " separators: write 1234, not \"1.234\".", p.messageEn());
        ReportsApi.Response number = post(body("{\"unit\": 794, \"count\": 1}"));
        assertEquals("json.not-text", at(number, "reports[0].unit").code());
        assertTrue(at(number, "reports[0].unit").messageVi().contains("giữ nguyên số 0 ở đầu"));
        assertEquals("json.not-boolean", at(post("{\"date\": \"2020-08-19\", \"dryRun\":"
                + " \"yes\", \"reports\": []}"), "dryRun").code());
        assertEquals("json.not-a-list", at(post("{\"date\": \"2020-08-19\", \"reports\":"
                + " {}}"), "reports").code());
        assertEquals("json.not-an-object", at(post(body("5")), "reports[0]").code());
        assertEquals("count.not-a-number", at(post(body("{\"unit\": \"27694\", \"count\":"
                + " true}")), "reports[0].count").code());
    }

    @Test
    void anUnknownOrRepeatedFieldIs400() {
        ReportsApi.Response unknown = post("{\"date\": \"2020-08-19\", \"dryrun\": true,"
                + " \"reports\": [{\"unit\": \"27694\", \"count\": 1}]}");
        assertEquals(400, unknown.status());
        ReportsApiResponse.ProblemBody p = at(unknown, "dryrun");
        assertEquals("json.unknown-field", p.code());
        assertEquals("There is no field \"dryrun\" (the fields are date, dryRun, reports,"
                + " segment); remove it or correct its name.", p.messageEn());
        ReportsApi.Response twice = post("{\"date\": \"2020-08-19\", \"date\": \"2020-08-18\","
                + " \"reports\": [{\"unit\": \"27694\", \"count\": 1}]}");
        assertEquals(400, twice.status());
        assertEquals("json.duplicate-field", twice.body().problems().get(0).code());
        assertEquals("date", twice.body().problems().get(0).value());
    }

    @Test
    void aWholeNumberWrittenAsADoubleIsThatNumber() {
        long v = lastOf(WARD_1) + 1000;
        ReportsApi.Response r = post(body("{\"unit\": \"27694\", \"count\": "
                + (v / 1000.0) + "e3}"));
        assertEquals(200, r.status(), r.json());
        assertEquals(OptionalLong.of(v), stores.current(WARD_1, DAY));
    }

    @Test
    void anotherSegmentAndTheMessageInTheLanguageAskedFor() {
        ReportsApi.Response r = api.handle("{\"date\": \"2020-08-19\", \"segment\": \"staff\","
                + " \"reports\": [{\"unit\": \"27694\", \"count\": 12}]}", "tanan", "794", VI);
        assertEquals(200, r.status(), r.json());
        assertEquals("staff", r.body().segment());
        assertEquals("Đã lưu số liệu ngày 19/8/2020: 1 đơn vị thêm mới hoặc sửa, 0 đơn vị không"
                + " đổi.", r.body().message());
    }

    /** Every field the API reads and gives is one its OpenAPI document describes, and no other. */
    @Test
    void theRequestAndAnswerHaveExactlyTheFieldsTheOpenApiDocumentDescribes() throws Exception {
        JsonNode spec;
        try (InputStream in = ReportsApi.class.getResourceAsStream(
                "/io/github/uptake/app/web/openapi.yaml")) {
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        JsonNode schemas = spec.at("/components/schemas");
        assertEquals(fields(ReportsApiRequest.class), described(schemas, "ReportsRequest"));
        assertEquals(fields(ReportsApiRequest.Item.class),
                described(schemas, "ReportsRequestFigure"));
        ReportsApi.Response r = post(body("{\"unit\": \"27694\", \"count\": 9000},"
                + " {\"unit\": \"27697\", \"count\": 1}"));
        JsonNode answer = new ObjectMapper().readTree(r.json());
        assertEquals(names(answer), described(schemas, "ReportsAnswer"));
        assertEquals(names(answer.get("problems").get(0)), described(schemas, "ReportsProblem"));
        assertEquals(names(answer.get("units").get(0)), described(schemas, "ReportsUnitChange"));
        JsonNode post = spec.at("/paths/~1api~1reports/post/responses");
        List<String> statuses = new ArrayList<>();
        post.fieldNames().forEachRemaining(statuses::add);
        assertTrue(statuses.containsAll(List.of("200", "400", "422")), statuses.toString());
    }

    private static TreeSet<String> described(JsonNode schemas, String name) {
        TreeSet<String> out = new TreeSet<>();
        schemas.get(name).get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static TreeSet<String> names(JsonNode object) {
        TreeSet<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static TreeSet<String> fields(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName()).toList());
    }
}
