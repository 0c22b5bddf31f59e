package io.github.uptake.jdbc;

import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.testkit.ReconciliationStoreContract;

/** The JDBC reconciliation store on PostgreSQL passes the reconciliation store contract. */
class PostgresReconciliationStoreTest extends ReconciliationStoreContract {
    @Override
    protected ReconciliationStore newStore() {
        return Databases.postgres().open().reconciliationStore();
    }
}
