package io.github.uptake.jdbc;

import io.github.uptake.port.ReportStore;
import io.github.uptake.testkit.ReportStoreContract;
import java.time.Clock;
import java.time.Duration;

/**
 * The JDBC report store on H2 in memory passes the report store contract. Its clock is 789 ns
 * ahead of the system's, so that recorded times have digits below the microsecond on every
 * machine and cutting them is checked.
 */
class H2MemoryReportStoreTest extends ReportStoreContract {
    private static final Clock CLOCK = Clock.offset(Clock.systemUTC(), Duration.ofNanos(789));

    @Override
    protected ReportStore newStore() {
        Databases.Fresh db = Databases.h2Memory();
        return JdbcStorage.open(db.dataSource(), db.options(), CLOCK).reportStore();
    }
}
