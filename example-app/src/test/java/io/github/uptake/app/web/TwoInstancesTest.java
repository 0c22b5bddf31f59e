package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.app.PostgresServer;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two app instances on one PostgreSQL database, as a province behind a load balancer runs them:
 * a figure sent to one is on that instance's next request (its live model is brought up to date
 * in the request that stored it), on the other within its poll, and so is a figure stored by a
 * third process ({@code uptake import}); at the end both give what a third instance freshly
 * started from the database gives, unit by unit.
 */
class TwoInstancesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-08-19T09:00:00Z"),
            ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the other instance may take: well over its 1 s poll. */
    private static final long WAIT_MILLIS = 15_000;
    private static String url;
    private static Dashboard a;
    private static Dashboard b;
    private static String baseA;
    private static String baseB;

    @BeforeAll
    static void start() {
        url = PostgresServer.freshDatabase();
        DemoLoader.load(storage(), LongAnDemo.make());
        a = instance();
        b = instance();
        baseA = "http://127.0.0.1:" + a.start("127.0.0.1", 0);
        baseB = "http://127.0.0.1:" + b.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        a.stop();
        b.stop();
    }

    /** A storage of its own on the shared database, as each instance's process has. */
    private static JdbcStorage storage() {
        return JdbcStorage.open(PostgresServer.dataSource(url), JdbcOptions.defaults());
    }

    /** An instance polling every second. */
    private static Dashboard instance() {
        AppConfig config = new AppConfig(null, null, null, null, null, null, null,
                new AppConfig.Server(null, null, 1, null), null);
        return new Dashboard(storage(), TestAccounts.demo(), config, ColumnMapping.defaults(),
                CLOCK);
    }

    private static long count(SessionClient c, String code) throws Exception {
        JsonNode unit = unit(c, code);
        return unit.isNull() ? -1 : unit.asLong();
    }

    private static JsonNode unit(SessionClient c, String code) throws Exception {
        HttpResponse<String> r = c.send("GET", "/api/units/" + code + "?date=" + DAY, null,
                Map.of());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).at("/unit/count");
    }

    /** Waits until a figure reads as expected; returns how long it took, in milliseconds. */
    private static long await(LongSupplier read, long expected, String what)
            throws InterruptedException {
        long start = System.nanoTime();
        long seen = read.getAsLong();
        while (seen != expected && (System.nanoTime() - start) / 1_000_000 < WAIT_MILLIS) {
            Thread.sleep(100);
            seen = read.getAsLong();
        }
        assertEquals(expected, seen, what + " within " + WAIT_MILLIS + " ms");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static LongSupplier reading(SessionClient c, String code) {
        return () -> {
            try {
                return count(c, code);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void aFigureSentToOneInstanceIsOnItsNextRequestAndOnTheOtherWithinItsPoll()
            throws Exception {
        SessionClient onA = SessionClient.loggedIn(baseA, "tanan", "kiemthu-tanan");
        SessionClient onB = SessionClient.loggedIn(baseB, "tanan", "kiemthu-tanan");
        long provinceBefore = count(onB, "794");
        assertEquals(provinceBefore, count(onA, "794"), "both start from the same database");
        long ward = count(onA, "27694");
        long sent = Math.max(ward, 0) + 1_234;
        HttpResponse<String> r = onA.postJson("/api/reports", "{\"date\": \"" + DAY
                + "\", \"reports\": [{\"unit\": \"27694\", \"count\": " + sent + "}]}",
                onA.token());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(sent, count(onA, "27694"), "the next request to the same instance");
        long took = await(reading(onB, "27694"), sent, "the other instance");
        assertTrue(took < WAIT_MILLIS, "seen after " + took + " ms");
        long district = count(onA, "794");
        assertEquals(district, count(onB, "794"), "the district's total, rolled up alike");

        // a third process (uptake import, load reports) on the same database
        JdbcStorage third = storage();
        third.reportStore().submit(Report.of("27697", Segment.RESIDENTS, DAY, 4_321,
                Instant.parse("2020-08-19T08:00:00Z"), "nhap-lieu", "import.xlsx"));
        await(reading(onA, "27697"), 4_321, "the first instance");
        await(reading(onB, "27697"), 4_321, "the second instance");

        // both equal an instance started afresh from the database, for every unit of Tân An
        Dashboard fresh = instance();
        String baseC = "http://127.0.0.1:" + fresh.start("127.0.0.1", 0);
        try {
            SessionClient onC = SessionClient.loggedIn(baseC, "tanan", "kiemthu-tanan");
            for (String code : new String[] {"794", "27694", "27697", "27685", "27688"}) {
                HttpResponse<String> c = onC.send("GET", "/api/units/" + code + "?date=" + DAY,
                        null, Map.of());
                assertEquals(c.body(), onA.send("GET", "/api/units/" + code + "?date=" + DAY,
                        null, Map.of()).body(), code + " on the first instance");
                assertEquals(c.body(), onB.send("GET", "/api/units/" + code + "?date=" + DAY,
                        null, Map.of()).body(), code + " on the second instance");
            }
        } finally {
            fresh.stop();
        }
    }
}
