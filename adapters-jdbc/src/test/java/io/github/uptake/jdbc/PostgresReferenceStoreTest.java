package io.github.uptake.jdbc;

import io.github.uptake.port.ReferenceStore;
import io.github.uptake.testkit.ReferenceStoreContract;

/** The JDBC reference store on PostgreSQL passes the reference store contract. */
class PostgresReferenceStoreTest extends ReferenceStoreContract {
    @Override
    protected ReferenceStore newStore() {
        return Databases.postgres().open().referenceStore();
    }
}
