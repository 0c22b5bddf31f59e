package io.github.uptake.memory;

import io.github.uptake.port.ReportStore;
import io.github.uptake.testkit.ReportStoreContract;
import java.time.Clock;
import java.time.Duration;

/**
 * The in-memory report store passes the report store contract. Its clock is 789 ns ahead of the
 * system's, so that recorded times have digits below the microsecond on every machine and cutting
 * them is checked.
 */
class InMemoryReportStoreTest extends ReportStoreContract {
    @Override
    protected ReportStore newStore() {
        return new InMemoryReportStore(Clock.offset(Clock.systemUTC(), Duration.ofNanos(789)));
    }
}
