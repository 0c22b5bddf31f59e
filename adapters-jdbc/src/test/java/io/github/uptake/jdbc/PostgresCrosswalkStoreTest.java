package io.github.uptake.jdbc;

import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.testkit.CrosswalkStoreContract;

/** The JDBC crosswalk store on PostgreSQL passes the crosswalk store contract. */
class PostgresCrosswalkStoreTest extends CrosswalkStoreContract {
    @Override
    protected CrosswalkStore newStore() {
        return Databases.postgres().open().crosswalkStore();
    }
}
