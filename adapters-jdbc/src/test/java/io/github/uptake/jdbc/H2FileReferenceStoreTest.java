package io.github.uptake.jdbc;

import io.github.uptake.port.ReferenceStore;
import io.github.uptake.testkit.ReferenceStoreContract;

/** The JDBC reference store on H2 in a file passes the reference store contract. */
class H2FileReferenceStoreTest extends ReferenceStoreContract {
    @Override
    protected ReferenceStore newStore() {
        return Databases.h2File().open().referenceStore();
    }
}
