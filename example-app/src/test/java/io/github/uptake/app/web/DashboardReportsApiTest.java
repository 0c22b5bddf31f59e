package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/reports} on the real dashboard, as a program calls it: logged in through the
 * login form, the session's CSRF token in {@code X-CSRF-Token}, no {@code Origin}. Stored (and
 * the default day follows), 400 with field paths, 422 with nothing stored, 401 without a login,
 * 403 without the token or for a viewer: each status as {@code openapi.yaml} says.
 */
class DashboardReportsApiTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final LocalDate LAST = LocalDate.of(2020, 8, 18);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-08-19T09:00:00Z"),
            ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WARD_1 = "27694";
    private static final String WARD_3 = "27697";
    private static final String DONG_THANH = "27898";
    private static JdbcStorage storage;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        storage = DemoDatabases.demo("dashboard-reports-api-test");
        dashboard = new Dashboard(storage, TestAccounts.demo(), new AppConfig(null, null, null,
                null, null, null, null, null, null), ColumnMapping.defaults(), CLOCK);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    private static Map<String, Long> figures(LocalDate day) {
        Map<String, Long> out = new TreeMap<>();
        storage.reportStore().forEachCurrent(Segment.RESIDENTS, day, day,
                (code, d, count) -> out.put(code, count));
        return out;
    }

    private static long last(String code) {
        return figures(LAST).get(code);
    }

    private static String request(String day, String reports) {
        return "{\"date\": \"" + day + "\", \"reports\": [" + reports + "]}";
    }

    private static String figure(String unit, Object count) {
        return "{\"unit\": \"" + unit + "\", \"count\": " + count + "}";
    }

    /** Returns the problems' locations of an answer. */
    private static List<String> locations(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("problems").forEach(p -> out.add(p.get("location").asText()));
        return out;
    }

    @Test
    void figuresSentWithTheTokenAreStoredOnceAndTheUnitPagesShowThem() throws Exception {
        SessionClient c = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan");
        long count = last(WARD_1) + 25;
        String body = request(DAY.toString(), figure(WARD_1, count));
        HttpResponse<String> r = c.postJson("/api/reports", body, c.token());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type")
                .orElseThrow().replace(" ", ""));
        JsonNode answer = JSON.readTree(r.body());
        assertEquals("STORED", answer.get("outcome").asText(), r.body());
        assertEquals("ADDED", answer.at("/units/0/change").asText());
        assertEquals(last(WARD_1), answer.at("/units/0/previous").asLong());
        assertEquals(count, figures(DAY).get(WARD_1));
        assertTrue(answer.get("message").asText().startsWith("Đã lưu số liệu ngày 19/8/2020"),
                "in the session's language: " + r.body());
        assertEquals(DAY, dashboard.defaultDay(), "the default day follows the figures stored");
        String unit = c.send("GET", "/units/" + WARD_1, null, Map.of()).body();
        assertTrue(unit.contains("<span class=\"big\" id=\"count\">"
                + UptakeFormat.vietnamese().count(count) + "</span>"), unit);

        HttpResponse<String> again = c.postJson("/api/reports", body, c.token());
        assertEquals(200, again.statusCode());
        assertEquals("UNCHANGED", JSON.readTree(again.body()).get("outcome").asText());
    }

    @Test
    void anUnreadableOrInvalidRequestIs400WithTheFieldPaths() throws Exception {
        SessionClient c = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan");
        Map<String, Long> before = figures(DAY);
        HttpResponse<String> fraction = c.postJson("/api/reports", request(DAY.toString(),
                figure(WARD_1, "1.5")), c.token());
        assertEquals(400, fraction.statusCode(), fraction.body());
        JsonNode answer = JSON.readTree(fraction.body());
        assertEquals("REFUSED", answer.get("outcome").asText());
        assertEquals(List.of("reports[0].count"), locations(answer));
        assertEquals("count.fraction", answer.at("/problems/0/code").asText());

        HttpResponse<String> invalid = c.postJson("/api/reports", "{\"date\": \"2020-02-30\","
                + " \"reports\": [" + figure(WARD_1, 100) + ", {\"count\": -3}]}", c.token());
        assertEquals(400, invalid.statusCode(), invalid.body());
        List<String> at = locations(JSON.readTree(invalid.body()));
        assertTrue(at.containsAll(List.of("date", "reports[1].unit", "reports[1].count")),
                invalid.body());

        HttpResponse<String> malformed = c.postJson("/api/reports", "{\"date\": ", c.token());
        assertEquals(400, malformed.statusCode());
        assertEquals("json.syntax", JSON.readTree(malformed.body()).at("/problems/0/code")
                .asText(), malformed.body());
        assertEquals(before, figures(DAY), "nothing stored");
    }

    @Test
    void figuresTheChecksRefuseAre422AndNothingIsStored() throws Exception {
        SessionClient c = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan");
        Map<String, Long> before = figures(DAY);
        HttpResponse<String> r = c.postJson("/api/reports", request(DAY.toString(),
                figure(WARD_3, last(WARD_3) - 1) + ", " + figure(DONG_THANH, 5000)), c.token());
        assertEquals(422, r.statusCode(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertEquals("REFUSED", answer.get("outcome").asText());
        assertEquals(List.of("reports[0].count", "reports[1].unit"), locations(answer));
        assertEquals("count.decreasing", answer.at("/problems/0/code").asText());
        assertEquals("unit.outside", answer.at("/problems/1/code").asText());
        assertEquals(before, figures(DAY), "nothing stored");
    }

    @Test
    void withoutALoginItIs401AndWithoutTheTokenOrAsAViewer403() throws Exception {
        Map<String, Long> before = figures(DAY);
        String body = request(DAY.toString(), figure(WARD_3, last(WARD_3) + 1));
        HttpResponse<String> anonymous = new SessionClient(base).postJson("/api/reports", body,
                "anything");
        assertEquals(401, anonymous.statusCode());

        SessionClient c = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan");
        HttpResponse<String> noToken = c.postJson("/api/reports", body, null);
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains("X-CSRF-Token"), noToken.body());
        assertEquals(403, c.postJson("/api/reports", body, "not-the-token").statusCode());
        // the token of another session is not this one's
        String other = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan").token();
        assertEquals(403, c.postJson("/api/reports", body, other).statusCode());

        SessionClient viewer = SessionClient.loggedIn(base, "lanhdao", "kiemthu-lanhdao");
        HttpResponse<String> viewing = viewer.postJson("/api/reports", body, viewer.token());
        assertEquals(403, viewing.statusCode());
        assertTrue(viewing.body().contains("viewer"), viewing.body());
        assertEquals(before, figures(DAY), "nothing stored");
    }

    /** Returns the figures stored under a segment on a day. */
    private static Map<String, Long> figures(Segment segment, LocalDate day) {
        Map<String, Long> out = new TreeMap<>();
        storage.reportStore().forEachCurrent(segment, day, day,
                (code, d, count) -> out.put(code, count));
        return out;
    }

    @Test
    void aSegmentTheConfigurationDoesNotHaveIs422ListingTheConfiguredOnesAndStoresNothing()
            throws Exception {
        SessionClient c = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan");
        List<String> configured = new ArrayList<>(new AppConfig(null, null, null, null, null, null,
                null, null, null).segments().keySet());
        for (String segment : List.of("resident", "martians")) {
            String body = "{\"date\": \"" + DAY + "\", \"segment\": \"" + segment
                    + "\", \"reports\": [" + figure(WARD_3, last(WARD_3) + 3) + "]}";
            HttpResponse<String> r = c.postJson("/api/reports", body, c.token());
            assertEquals(422, r.statusCode(), r.body());
            JsonNode answer = JSON.readTree(r.body());
            assertEquals("REFUSED", answer.get("outcome").asText());
            assertEquals(segment, answer.get("segment").asText());
            JsonNode p = answer.get("problems").get(0);
            assertEquals("segment.unknown", p.get("code").asText());
            assertEquals("segment", p.get("location").asText());
            for (String id : configured) {
                assertTrue(p.get("messageVi").asText().contains(id), p.toString());
                assertTrue(p.get("messageEn").asText().contains(id), p.toString());
            }
            assertTrue(p.get("messageVi").asText().contains("không phải là đối tượng được cấu"
                    + " hình"), p.toString());
            assertTrue(p.get("messageEn").asText().contains("is not a configured segment"),
                    p.toString());
            assertEquals(Map.of(), figures(Segment.of(segment), DAY), "nothing stored");
        }
        // a configured segment is still taken
        String residents = "{\"date\": \"" + DAY + "\", \"segment\": \"residents\","
                + " \"dryRun\": true, \"reports\": [" + figure(WARD_3, last(WARD_3) + 3) + "]}";
        HttpResponse<String> ok = c.postJson("/api/reports", residents, c.token());
        assertEquals(200, ok.statusCode(), ok.body());
    }

    @Test
    void everyJsonErrorSaysWhatWentWrongInVietnameseAndEnglishAsTheOpenApiDocumentDescribes()
            throws Exception {
        String body = request(DAY.toString(), figure(WARD_3, last(WARD_3) + 1));
        SessionClient c = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan");
        SessionClient viewer = SessionClient.loggedIn(base, "lanhdao", "kiemthu-lanhdao");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("log in first", new SessionClient(base).postJson("/api/reports", body,
                "anything"));
        answers.put("CSRF token missing or wrong", c.postJson("/api/reports", body, null));
        answers.put("this account may not send figures: its role is viewer",
                viewer.postJson("/api/reports", body, viewer.token()));
        answers.put("not allowed", c.send("GET", "/api/units/801", null, Map.of()));
        answers.put("date must be a day of the calendar", c.send("GET",
                "/api/units/794?date=2020-02-30", null, Map.of()));
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(c.send("GET",
                "/openapi.yaml", null, Map.of()).body());
        List<String> described = new ArrayList<>();
        spec.at("/components/schemas/Error/properties").fieldNames()
                .forEachRemaining(described::add);
        for (Map.Entry<String, HttpResponse<String>> e : answers.entrySet()) {
            JsonNode error = JSON.readTree(e.getValue().body());
            assertTrue(error.get("error").asText().startsWith(e.getKey()), error.toString());
            String vi = error.get("vi").asText();
            String en = error.get("en").asText();
            assertFalse(vi.isBlank(), error.toString());
            assertFalse(en.isBlank(), error.toString());
            assertFalse(vi.equals(en), "two languages: " + error);
            error.fieldNames().forEachRemaining(k -> assertTrue(described.contains(k),
                    k + " is described in openapi.yaml: " + error));
        }
        assertTrue(JSON.readTree(answers.get("log in first").body()).get("vi").asText()
                .contains("đăng nhập"));
        assertTrue(JSON.readTree(answers.get("date must be a day of the calendar").body())
                .get("en").asText().contains("2020-02-30"));
    }
}
