package io.github.uptake.jdbc;

import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportStoreContract;

/** The JDBC report store on H2 in memory passes the report store contract. */
class H2MemoryReportStoreTest extends ReportStoreContract {
    @Override
    protected ReportStore newStore() {
        return Databases.h2Memory().open().reportStore();
    }
}
