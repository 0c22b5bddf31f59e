package io.github.uptake.memory;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link ReconciliationStore} held in memory. This class is thread-safe. */
public final class InMemoryReconciliationStore implements ReconciliationStore {
    private final List<AuthoritativeCount> counts = new ArrayList<>();
    private final List<Verification> verifications = new ArrayList<>();

    /** Creates an empty store. */
    public InMemoryReconciliationStore() {
    }

    @Override
    public synchronized void saveAuthoritative(AuthoritativeCount c) {
        Checks.notNull(c, "count");
        counts.removeIf(x -> x.unitCode().equals(c.unitCode()) && x.segment().equals(c.segment())
                && x.date().equals(c.date()) && x.source().equals(c.source()));
        counts.add(c);
    }

    @Override
    public synchronized List<AuthoritativeCount> authoritativeCounts(Segment segment,
                                                                     LocalDate from, LocalDate to) {
        return counts.stream()
                .filter(c -> c.segment().equals(segment) && !c.date().isBefore(from)
                        && !c.date().isAfter(to))
                .sorted(Comparator.comparing(AuthoritativeCount::date)
                        .thenComparing(AuthoritativeCount::unitCode)
                        .thenComparing(AuthoritativeCount::source))
                .toList();
    }

    @Override
    public synchronized void saveVerification(Verification v) {
        verifications.add(Checks.notNull(v, "verification"));
    }

    @Override
    public synchronized List<Verification> verifications(Segment segment, LocalDate from,
                                                         LocalDate to) {
        return verifications.stream()
                .filter(v -> v.segment().equals(segment) && !v.date().isBefore(from)
                        && !v.date().isAfter(to))
                .sorted(Comparator.comparing(Verification::date)
                        .thenComparing(Verification::unitCode)
                        .thenComparing(Verification::checkedAt))
                .toList();
    }
}
