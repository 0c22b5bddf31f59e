package io.github.uptake.testkit;

import static io.github.uptake.testkit.ContractRun.assertCaught;

import io.github.uptake.port.ReconciliationStore;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation store contract catches a broken store: one that accepts texts past their limits
 * (cutting them to fit) fails the test of that rule. The in-memory store, which breaks no rule,
 * passes every test ({@code InMemoryReconciliationStoreTest}).
 */
final class ReconciliationStoreContractTest {
    private static final String RUN_BY_CONTRACT_RUN =
            "a store broken on purpose: its tests run only through ContractRun";

    @Test
    void aStoreThatAcceptsTextsPastTheirLimitsIsCaught() {
        assertCaught(TextsCut.class, "textsPastTheirLimitsAreRefusedAndNothingIsStored");
    }

    /** A store that cuts texts past their limits instead of refusing them. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class TextsCut extends ReconciliationStoreContract {
        @Override
        protected ReconciliationStore newStore() {
            return new TextCuttingReconciliationStore();
        }
    }
}
