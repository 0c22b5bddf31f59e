package io.github.uptake.jdbc;

import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportStoreContract;

/** The JDBC report store on PostgreSQL passes the report store contract. */
class PostgresReportStoreTest extends ReportStoreContract {
    @Override
    protected ReportStore newStore() {
        return Databases.postgres().open().reportStore();
    }
}
