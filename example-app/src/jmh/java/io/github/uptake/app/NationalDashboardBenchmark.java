package io.github.uptake.app;

import io.github.uptake.app.accounts.Account;
import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Passwords;
import io.github.uptake.app.accounts.Role;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.web.Accounts;
import io.github.uptake.app.web.Dashboard;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.jdbc.JdbcStorage;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dashboard at national size on loopback: the real 2020 tree ({@code uptake load vn-admin},
 * 11.385 units) and 60 days of generated reports for every commune ({@link NationalReports}, about
 * 490.000 rows with corrections and gaps, through {@code uptake load reports}), on H2 (a file) or
 * PostgreSQL (embedded). Eight clients at once, in one JMH group, each timed per request
 * ({@code SampleTime}, so the percentiles are per page): the nation (2 threads), a province (2),
 * a district (1), a commune (1) and the JSON API of a province (2). Meanwhile a ninth client
 * sends a commune's figure through {@code POST /api/reports} twice a second and reads it back
 * on the next request (each change makes the pages of the day be computed again), failing the run
 * if a figure is not there; its times are printed at the end.
 *
 * <p>The start-up load (the dashboard's live model: every report and the hierarchies read from
 * the database) is timed in the setup and printed as {@code start-up load: N ms}.
 */
@State(Scope.Group)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
public class NationalDashboardBenchmark {
    /** The last day of the generated reports: the day the pages show. */
    static final LocalDate LAST = NationalReports.FIRST.plusDays(59);
    /**
     * How often the submitter sends a figure: every 500 ms (7.200 an hour; the country's 10.619
     * communes send one a day, most within a few hours, well under 1 a second), unless
     * {@code -Duptake.bench.submitEveryMs=N}.
     */
    private static final long SUBMIT_EVERY_MS = Long.getLong("uptake.bench.submitEveryMs", 500);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Param({"h2", "postgresql"})
    public String db;

    private AppStorage database;
    private Dashboard dashboard;
    private String base;
    private HttpClient viewer;
    private HttpClient reporter;
    private String reporterToken;
    private final AtomicLong sent = new AtomicLong(5_000_000);
    private final List<Long> visibleNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger notVisible = new AtomicInteger();
    private ScheduledExecutorService submitter;

    /** Makes the database, starts the dashboard (timing its start-up load), logs two clients in. */
    @Setup(Level.Trial)
    public void start() throws Exception {
        Path dir = Files.createTempDirectory("uptake-national-bench");
        Path csv = dir.resolve("national.csv");
        List<NationalReports.Row> rows = NationalReports.generate(60, 2020);
        NationalReports.write(csv, rows);
        String[] target;
        Optional<String> url = Optional.empty();
        Path file = dir.resolve("db");
        if (db.equals("h2")) {
            target = new String[] {"--db", file.toString()};
        } else {
            url = Optional.of(PostgresServer.freshDatabase());
            target = new String[] {"--jdbc-url", url.get()};
        }
        run("load", "vn-admin", target[0], target[1]);
        long t0 = System.nanoTime();
        run("load", "reports", csv.toString(), target[0], target[1]);
        System.out.printf("%nloaded %d rows in %d ms%n", rows.size(),
                (System.nanoTime() - t0) / 1_000_000);
        String viewerPassword = Passwords.generate();
        String reporterPassword = Passwords.generate();
        // as serve opens it: behind the app's HikariCP pool
        database = AppStorage.open(url, url.map(u -> "postgres"), Optional.empty(),
                Optional.of(file));
        AccountStore accounts = database.accounts();
        accounts.add(List.of(new AccountStore.NewAccount(new Account("xem", "Benchmark viewer",
                        Optional.empty(), Role.VIEWER, false, false), viewerPassword),
                new AccountStore.NewAccount(new Account("gui", "Benchmark reporter",
                        Optional.of("80"), Role.REPORTER, false, false), reporterPassword)));
        JdbcStorage storage = database.storage();
        Clock clock = Clock.fixed(LAST.atTime(15, 0).toInstant(ZoneOffset.ofHours(7)),
                ZoneOffset.UTC);
        long start = System.nanoTime();
        dashboard = new Dashboard(storage, new Accounts(accounts), new AppConfig(null, null,
                null, null, null, null, null, null, null), ColumnMapping.defaults(), clock);
        System.out.printf("start-up load (%s): %d ms%n", db, (System.nanoTime() - start)
                / 1_000_000);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
        viewer = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login(viewer, "xem", viewerPassword);
        reporter = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        reporterToken = login(reporter, "gui", reporterPassword);
        submitter = Executors.newSingleThreadScheduledExecutor();
        submitter.scheduleAtFixedRate(this::submitThenRead, SUBMIT_EVERY_MS, SUBMIT_EVERY_MS,
                TimeUnit.MILLISECONDS);
    }

    private static void run(String... args) {
        AppRun app = new AppRun();
        if (app.run(args) != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + app.err());
        }
    }

    /** Logs a client in; returns the session's CSRF token. */
    private String login(HttpClient client, String user, String password) throws Exception {
        String token = token(get(client, "/login"));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&user=" + user
                        + "&password=" + password)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 303 && r.statusCode() != 302) {
            throw new IllegalStateException("login of " + user + " answered " + r.statusCode());
        }
        return token(get(client, "/units/80?date=" + LAST));
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    /** Stops the dashboard; fails the run if a figure sent was not on the next request. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        submitter.shutdown();
        submitter.awaitTermination(10, TimeUnit.SECONDS);
        dashboard.stop();
        database.close();
        List<Long> nanos = new ArrayList<>(visibleNanos);
        Collections.sort(nanos);
        if (!nanos.isEmpty()) {
            System.out.printf("%nsent and read back %d figures; send + next read: median %.1f ms,"
                    + " p95 %.1f ms%n", nanos.size(), nanos.get(nanos.size() / 2) / 1e6,
                    nanos.get((int) (nanos.size() * 0.95)) / 1e6);
        }
        if (notVisible.get() > 0) {
            throw new IllegalStateException(notVisible.get() + " figures sent were not on the"
                    + " next request");
        }
    }

    private String get(HttpClient client, String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The nation: 63 provinces, every commune below. */
    @Benchmark
    @Group("national")
    @GroupThreads(2)
    public String nationPage() throws Exception {
        return get(viewer, "/units/VN?date=" + LAST);
    }

    /** A province: Hà Nội, 30 districts and 584 communes. */
    @Benchmark
    @Group("national")
    @GroupThreads(2)
    public String provincePage() throws Exception {
        return get(viewer, "/units/01?date=" + LAST);
    }

    /** A district: Đức Huệ (Long An). */
    @Benchmark
    @Group("national")
    @GroupThreads(1)
    public String districtPage() throws Exception {
        return get(viewer, "/units/801?date=" + LAST);
    }

    /** A commune: Phường 1, Tân An, whose figure the submitter keeps changing. */
    @Benchmark
    @Group("national")
    @GroupThreads(1)
    public String communePage() throws Exception {
        return get(viewer, "/units/27694?date=" + LAST);
    }

    /** The JSON of a province and its districts. */
    @Benchmark
    @Group("national")
    @GroupThreads(2)
    public String apiProvince() throws Exception {
        return get(viewer, "/api/units/79?date=" + LAST);
    }

    /**
     * Sends a commune's new figure and reads it back on the next request, every
     * {@link #SUBMIT_EVERY_MS}; a figure not there fails the run at the end.
     */
    private void submitThenRead() {
        long count = sent.incrementAndGet();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = reporter.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/reports")).header("Content-Type", "application/json")
                    .header("X-CSRF-Token", reporterToken)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"date\": \"" + LAST
                            + "\", \"reports\": [{\"unit\": \"27694\", \"count\": " + count
                            + "}]}")).build(), HttpResponse.BodyHandlers.ofString());
            String back = get(reporter, "/api/units/27694?date=" + LAST);
            visibleNanos.add(System.nanoTime() - t0);
            if (r.statusCode() != 200 || !back.contains("\"count\":" + count + ",")) {
                notVisible.incrementAndGet();
            }
        } catch (Exception e) {
            notVisible.incrementAndGet();
        }
    }
}
