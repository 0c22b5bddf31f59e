package io.github.uptake.testkit;

import static io.github.uptake.testkit.ContractRun.assertCaught;

import io.github.uptake.port.ReconciliationStore;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation store contract catches broken stores: one that accepts texts past their
 * limits (cutting them to fit), and one that sorts verifications by verifier before check time,
 * each fail the test of that rule. The in-memory store, which breaks no rule,
 * passes every test ({@code InMemoryReconciliationStoreTest}).
 */
final class ReconciliationStoreContractTest {
    private static final String RUN_BY_CONTRACT_RUN =
            "a store broken on purpose: its tests run only through ContractRun";

    @Test
    void aStoreThatAcceptsTextsPastTheirLimitsIsCaught() {
        assertCaught(TextsCut.class, "textsPastTheirLimitsAreRefusedAndNothingIsStored");
    }

    @Test
    void aStoreThatSortsVerificationsByVerifierBeforeCheckTimeIsCaught() {
        assertCaught(VerifierFirst.class, "verificationsAreOnlyAddedAndReadBackSorted");
    }

    /**
     * A store that reads verifications back by day, unit, verifier and then check time, where the
     * rule says check time before verifier (found by a newcomer's trial: the contract let it pass).
     */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class VerifierFirst extends ReconciliationStoreContract {
        @Override
        protected ReconciliationStore newStore() {
            io.github.uptake.memory.InMemoryReconciliationStore right =
                    new io.github.uptake.memory.InMemoryReconciliationStore();
            return new ReconciliationStore() {
                @Override
                public void saveAuthoritative(
                        io.github.uptake.reconciliation.AuthoritativeCount count) {
                    right.saveAuthoritative(count);
                }

                @Override
                public java.util.List<io.github.uptake.reconciliation.AuthoritativeCount>
                        authoritativeCounts(io.github.uptake.model.Segment segment,
                                            java.time.LocalDate from, java.time.LocalDate to) {
                    return right.authoritativeCounts(segment, from, to);
                }

                @Override
                public void saveVerification(
                        io.github.uptake.reconciliation.Verification verification) {
                    right.saveVerification(verification);
                }

                @Override
                public java.util.List<io.github.uptake.reconciliation.Verification> verifications(
                        io.github.uptake.model.Segment segment, java.time.LocalDate from,
                        java.time.LocalDate to) {
                    java.util.List<io.github.uptake.reconciliation.Verification> out =
                            new java.util.ArrayList<>(right.verifications(segment, from, to));
                    out.sort(java.util.Comparator
                            .comparing(io.github.uptake.reconciliation.Verification::date)
                            .thenComparing(io.github.uptake.reconciliation.Verification::unitCode)
                            .thenComparing(io.github.uptake.reconciliation.Verification::verifier)
                            .thenComparing(io.github.uptake.reconciliation.Verification::checkedAt));
                    return out;
                }
            };
        }
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
