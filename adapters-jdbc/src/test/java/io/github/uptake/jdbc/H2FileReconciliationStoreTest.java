package io.github.uptake.jdbc;

import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.testkit.ReconciliationStoreContract;

/** The JDBC reconciliation store on H2 in a file passes the reconciliation store contract. */
class H2FileReconciliationStoreTest extends ReconciliationStoreContract {
    @Override
    protected ReconciliationStore newStore() {
        return Databases.h2File().open().reconciliationStore();
    }
}
