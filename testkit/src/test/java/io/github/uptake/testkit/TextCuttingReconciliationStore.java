package io.github.uptake.testkit;

import io.github.uptake.memory.InMemoryReconciliationStore;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.time.LocalDate;
import java.util.List;

/**
 * A broken reconciliation store: the in-memory one, except that sources and verifiers past their
 * limits are accepted and cut to fit, as a column would silently cut them, instead of refused.
 * Every other rule is kept. Thread-safe, as the store it wraps.
 */
final class TextCuttingReconciliationStore implements ReconciliationStore {
    private final ReconciliationStore store = new InMemoryReconciliationStore();

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void saveAuthoritative(AuthoritativeCount c) {
        store.saveAuthoritative(new AuthoritativeCount(c.unitCode(), c.segment(), c.date(),
                c.count(), cut(c.source(), MAX_SOURCE_LENGTH)));
    }

    @Override
    public List<AuthoritativeCount> authoritativeCounts(Segment segment, LocalDate from,
                                                        LocalDate to) {
        return store.authoritativeCounts(segment, from, to);
    }

    @Override
    public void saveVerification(Verification v) {
        store.saveVerification(new Verification(v.unitCode(), v.segment(), v.date(),
                v.checkedCount(), cut(v.verifier(), MAX_VERIFIER_LENGTH), v.checkedAt()));
    }

    @Override
    public List<Verification> verifications(Segment segment, LocalDate from, LocalDate to) {
        return store.verifications(segment, from, to);
    }
}
