package io.github.uptake.memory;

import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.testkit.CrosswalkStoreContract;

/** The in-memory crosswalk store passes the crosswalk store contract. */
class InMemoryCrosswalkStoreTest extends CrosswalkStoreContract {
    @Override
    protected CrosswalkStore newStore() {
        return new InMemoryCrosswalkStore();
    }
}
