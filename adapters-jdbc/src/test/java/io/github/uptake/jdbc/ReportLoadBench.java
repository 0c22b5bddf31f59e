package io.github.uptake.jdbc;

import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.port.ReportStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A timed run, not a test: loads generated reports as one submission into the embedded
 * PostgreSQL through COPY and through the batch path, then a second time with a fifth of them
 * corrected, and prints rows per second (see BENCHMARKS.md for the command).
 */
final class ReportLoadBench {
    private ReportLoadBench() {
    }

    /**
     * Runs the measurement.
     *
     * @param args  the number of reports (default 500.000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        for (boolean copy : new boolean[] {true, false, true}) {
            Databases.Fresh db = Databases.postgres();
            db.open();
            ReportStore store = new JdbcReportStore(Transactions.owning(db.dataSource(),
                    db.options().maxAttempts()), db.options(), Clock.systemUTC(), copy);
            time(copy ? "COPY " : "batch", "first load", store, "a", reports(n, 0));
            time(copy ? "COPY " : "batch", "corrections", store, "b", reports(n, n / 5));
        }
    }

    private static void time(String path, String what, ReportStore store, String id,
                             List<Report> reports) {
        long start = System.nanoTime();
        SubmissionReceipt r = store.submit(new Submission(id + System.nanoTime(), "bench.csv",
                "bench", Instant.now(), reports, 0));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s %-11s %,d rows (%,d new) in %.2f s: %,.0f rows/s%n", path, what,
                reports.size(), r.accepted(), seconds, reports.size() / seconds);
    }

    private static List<Report> reports(int n, int corrected) {
        Segment[] segments = {Segment.RESIDENTS, Segment.STAFF, Segment.WORKERS};
        Instant sent = Instant.parse("2026-02-01T00:00:00Z");
        List<Report> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Report.of(String.format("U%07d", i / 30), segments[i % 3],
                    LocalDate.of(2026, 1, 1).plusDays((i / 3) % 10), 100L + i + (i < corrected
                    ? 1 : 0), sent.plusSeconds(i < corrected ? 60 : 0), "Cán bộ xã " + (i % 97),
                    "phieu-" + i));
        }
        return out;
    }
}
