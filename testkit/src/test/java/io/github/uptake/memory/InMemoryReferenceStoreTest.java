package io.github.uptake.memory;

import io.github.uptake.port.ReferenceStore;
import io.github.uptake.testkit.ReferenceStoreContract;

/** The in-memory reference store passes the reference store contract. */
class InMemoryReferenceStoreTest extends ReferenceStoreContract {
    @Override
    protected ReferenceStore newStore() {
        return new InMemoryReferenceStore();
    }
}
