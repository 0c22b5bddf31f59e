package io.github.uptake.memory;

import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.testkit.ReconciliationStoreContract;

/** The in-memory reconciliation store passes the reconciliation store contract. */
class InMemoryReconciliationStoreTest extends ReconciliationStoreContract {
    @Override
    protected ReconciliationStore newStore() {
        return new InMemoryReconciliationStore();
    }
}
