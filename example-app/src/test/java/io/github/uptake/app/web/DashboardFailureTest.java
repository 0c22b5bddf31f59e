package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.rollup.RollUpPolicy;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Never a bare error: a route whose store fails answers a 500 page in the session's language
 * with a short reference that the log has beside the failure, and what to do; the JSON API
 * answers {@code {"error", "reference"}}; the upload leaves nothing on disk even then.
 */
class DashboardFailureTest {
    private static final Pattern REFERENCE = Pattern.compile(
            "<code id=\"reference\">([a-z0-9]{8})</code>");
    @TempDir
    Path root;
    private JdbcDataSource ds;
    private Dashboard dashboard;
    private String base;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Logger logger;

    @BeforeEach
    void start() {
        ds = DemoDatabases.dataSource("dashboard-failure-" + System.nanoTime());
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
        dashboard = new Dashboard(storage, TestAccounts.demo(), AppConfigFile.longAn().config(),
                ColumnMapping.defaults(), RollUpPolicy.defaults(), Clock.systemUTC(),
                LongAnDemo.DAY, root.resolve("uploads"));
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
        logger = (Logger) LoggerFactory.getLogger(Failures.class);
        logger.setLevel(Level.INFO);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        dashboard.stop();
    }

    /** Returns the logged failure of a reference, checking it holds the exception. */
    private ILoggingEvent logged(String reference) {
        ILoggingEvent e = log.list.stream().filter(x -> x.getFormattedMessage().contains(
                reference)).findFirst().orElseThrow(() -> new AssertionError("no log of "
                + reference + " in " + log.list));
        assertEquals(Level.ERROR, e.getLevel());
        assertNotNull(e.getThrowableProxy(), "the failure is logged with its exception");
        return e;
    }

    private static String reference(String html) {
        Matcher m = REFERENCE.matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    @Test
    void aFailingStoreGivesA500PageWithAReferenceThatTheLogHas() throws Exception {
        WebClient c = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        DemoDatabases.breakDown(ds);
        // the template reads the denominators from the database
        HttpResponse<String> vi = c.get("/units/80/template.xlsx");
        assertEquals(500, vi.statusCode());
        assertTrue(vi.body().contains("<html lang=\"vi\">"), vi.body());
        assertTrue(vi.body().contains("<h1>500 — Lỗi máy chủ</h1>"), vi.body());
        assertTrue(vi.body().contains("Hãy thử lại sau ít phút"), vi.body());
        String ref = reference(vi.body());
        assertTrue(logged(ref).getFormattedMessage().contains("GET /units/80/template.xlsx"));

        HttpResponse<String> en = c.get("/units/80/template.xlsx?lang=en");
        assertEquals(500, en.statusCode());
        assertTrue(en.body().contains("<html lang=\"en\">"), en.body());
        assertTrue(en.body().contains("Try again in a few minutes"), en.body());
        String other = reference(en.body());
        assertTrue(!other.equals(ref), "each failure its own reference");
        logged(other);

        // sending figures writes to the database
        SessionClient clerk = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan");
        HttpResponse<String> api = clerk.postJson("/api/reports", "{\"date\": \"2020-08-19\","
                + " \"reports\": [{\"unit\": \"27694\", \"count\": 99999}]}", clerk.token());
        assertEquals(500, api.statusCode(), api.body());
        JsonNode body = new ObjectMapper().readTree(api.body());
        assertEquals("internal error", body.get("error").asText());
        String apiRef = body.get("reference").asText();
        logged(apiRef);
        // nothing of the fault but the reference, said in both languages
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("error", "vi", "en", "reference"), fields, api.body());
        assertTrue(body.get("vi").asText().contains(apiRef), api.body());
        assertTrue(body.get("en").asText().contains(apiRef), api.body());
    }

    @Test
    void thePagesKeepShowingTheLiveModelWhileTheDatabaseFails() throws Exception {
        WebClient c = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        String before = c.get("/units/80").body();
        assertTrue(before.contains("197.011"), before);
        DemoDatabases.breakDown(ds);
        HttpResponse<String> page = c.get("/units/80");
        assertEquals(200, page.statusCode(), "read from memory, not from the database");
        assertTrue(page.body().contains("197.011"), page.body());
        assertEquals(200, c.get("/api/units/80").statusCode());
    }

    @Test
    void anUploadThatFailsLeavesNothingOnDisk() throws Exception {
        WebClient c = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
        String token = c.token();
        DemoDatabases.breakDown(ds);
        HttpResponse<String> r = c.upload(token, "store", "2020-08-19", "bao-cao.xlsx",
                Files.readAllBytes(Path.of("..", "adapters-excel", "src", "test", "resources",
                        "producers", "g-district-row_openpyxl.xlsx")));
        assertEquals(500, r.statusCode());
        logged(reference(r.body()));
        try (Stream<Path> left = Files.list(root.resolve("uploads"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void noSuchPageIsA404PageInTheSessionsLanguage() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        HttpResponse<String> r = c.get("/khong-co?lang=en");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("<html lang=\"en\">"), r.body());
        assertTrue(r.body().contains("There is no such page."), r.body());
        assertEquals(404, c.get("/api/khong-co").statusCode());
        assertTrue(log.list.isEmpty(), "a missing page is not a fault: " + log.list);
    }
}
