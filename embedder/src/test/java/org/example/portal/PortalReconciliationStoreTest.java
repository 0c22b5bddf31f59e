package org.example.portal;

import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.testkit.ReconciliationStoreContract;

/** The portal's own store passes the test kit's contract, with nothing but the kit added. */
class PortalReconciliationStoreTest extends ReconciliationStoreContract {
    @Override
    protected ReconciliationStore newStore() {
        return new PortalReconciliationStore();
    }
}
