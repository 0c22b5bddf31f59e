package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code uptake load reports} of the national CSV ({@link NationalReports}: every commune of the
 * real 2020 tree, {@code days} days, about 8.200 rows a day with corrections and gaps) through the
 * command, as a user runs it, into a database holding {@code uptake load vn-admin} and nothing
 * else, on H2 (a file) and on PostgreSQL (embedded, fsync off). Each fork has a 512 MB heap: the
 * load must stream the file and fit in it. One load per iteration ({@code SingleShotTime}); the
 * database is made fresh before each, untimed.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LoadBenchmark {
    @Param({"h2", "postgresql"})
    public String db;

    @Param({"60"})
    public int days;

    private Path dir;
    private Path csv;
    private Path template;
    private String[] target;
    private int rows;
    private int made;

    /** Writes the CSV and, for H2, a database with the national units to copy. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("uptake-load-bench");
        csv = dir.resolve("national.csv");
        List<NationalReports.Row> generated = NationalReports.generate(days, 2020);
        rows = generated.size();
        NationalReports.write(csv, generated);
        if (db.equals("h2")) {
            template = Databases.make(dir, "template", "load", "vn-admin");
        }
    }

    /** Makes a fresh database with the national units. */
    @Setup(Level.Iteration)
    public void freshDatabase() throws Exception {
        if (db.equals("h2")) {
            target = new String[] {"--db", Databases.copy(template, dir, "db" + ++made)
                    .toString()};
        } else {
            String url = PostgresServer.freshDatabase();
            AppRun app = new AppRun();
            if (app.run("load", "vn-admin", "--jdbc-url", url) != 0) {
                throw new IllegalStateException(app.err());
            }
            target = new String[] {"--jdbc-url", url};
        }
    }

    /**
     * Loads the file.
     *
     * @return the number of rows loaded
     */
    @Benchmark
    public int loadReports() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = UptakeApp.run(new String[] {"load", "reports", csv.toString(), "--lang", "en",
            target[0], target[1]}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        if (code != 0 || !said.contains("accepted " + UptakeFormat.english().count(rows))) {
            throw new UncheckedIOException(new IOException("load failed: " + said
                    + err.toString(StandardCharsets.UTF_8)));
        }
        return rows;
    }
}
