package io.github.uptake.app.web;

import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A load test of the dashboard on loopback: the server (H2 file database with the Long An demo) and
 * 8 client threads in one JVM, each logged in as the Department, bounded in time by JMH's
 * iterations. Sample mode gives the latency percentiles (p95) and, with the thread count, the
 * requests per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(8)
public class DashboardLoadBenchmark {
    private Dashboard dashboard;
    private String base;
    private HttpClient client;

    /** Starts the dashboard on the demo data and logs a client in. */
    @Setup(Level.Trial)
    public void start() throws Exception {
        Path dir = Files.createTempDirectory("uptake-load");
        JdbcDataSource ds = new JdbcDataSource();
        // kept open between connections, as the app's pool keeps it (a bare H2 data source closes
        // and compacts the file whenever its last connection closes)
        ds.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
        // one administrator, in the benchmark's own database, with a password of its own
        String password = io.github.uptake.app.accounts.Passwords.generate();
        io.github.uptake.app.accounts.AccountStore accounts = io.github.uptake.app.accounts
                .AccountStore.open(ds, java.time.Clock.systemUTC());
        accounts.add(java.util.List.of(new io.github.uptake.app.accounts.AccountStore.NewAccount(
                new io.github.uptake.app.accounts.Account("bench", "Benchmark",
                        java.util.Optional.empty(), io.github.uptake.app.accounts.Role.VIEWER,
                        false, false), password)));
        dashboard = new Dashboard(storage, new Accounts(accounts), LongAnDemo.DAY);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get("/login");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + m.group(1)
                        + "&user=bench&password=" + password)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Stops the dashboard. */
    @TearDown(Level.Trial)
    public void stop() {
        dashboard.stop();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The JSON of the province and its districts. */
    @Benchmark
    public String apiProvince() throws Exception {
        return get("/api/units/80");
    }

    /** The province's page: series, snapshot, completeness, findings, rendered. */
    @Benchmark
    public String provincePage() throws Exception {
        return get("/units/80");
    }

    /** A district's page. */
    @Benchmark
    public String districtPage() throws Exception {
        return get("/units/801");
    }
}
