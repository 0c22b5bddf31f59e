package io.github.uptake.jdbc;

import io.github.uptake.port.ReferenceStore;
import io.github.uptake.testkit.ReferenceStoreContract;

/** The JDBC reference store on H2 in memory passes the reference store contract. */
class H2MemoryReferenceStoreTest extends ReferenceStoreContract {
    @Override
    protected ReferenceStore newStore() {
        return Databases.h2Memory().open().referenceStore();
    }
}
