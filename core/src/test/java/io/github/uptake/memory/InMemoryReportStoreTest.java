package io.github.uptake.memory;

import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportStoreContract;

/** The in-memory report store passes the report store contract. */
class InMemoryReportStoreTest extends ReportStoreContract {
    @Override
    protected ReportStore newStore() {
        return new InMemoryReportStore();
    }
}
