package io.github.uptake.live;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.port.ReportStore;
import io.github.uptake.testkit.ReportStoreContract;
import java.time.Clock;
import java.time.Duration;

/**
 * The store a live model tracks submissions through keeps every rule of a report store, its
 * current figures and first arrivals read from memory: each submission merged as it returns, the
 * concurrent ones included, reads back as the store's own reads would.
 */
class TrackingReportStoreTest extends ReportStoreContract {
    @Override
    protected ReportStore newStore() {
        InMemoryReportStore store = new InMemoryReportStore(Clock.offset(Clock.systemUTC(),
                Duration.ofNanos(789)));
        return LiveFigures.load(store).tracking(store);
    }
}
