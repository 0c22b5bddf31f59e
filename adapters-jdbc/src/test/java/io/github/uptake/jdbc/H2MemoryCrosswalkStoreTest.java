package io.github.uptake.jdbc;

import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.testkit.CrosswalkStoreContract;

/** The JDBC crosswalk store on H2 in memory passes the crosswalk store contract. */
class H2MemoryCrosswalkStoreTest extends CrosswalkStoreContract {
    @Override
    protected CrosswalkStore newStore() {
        return Databases.h2Memory().open().crosswalkStore();
    }
}
