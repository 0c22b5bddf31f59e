package io.github.uptake.memory;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link ReconciliationStore} held in memory, keeping every rule of the port: check times cut to
 * the microsecond, a verification sent again kept once, texts past their limits refused. This class
 * is thread-safe: every method takes one lock.
 *
 * @since 0.1.0
 */
public final class InMemoryReconciliationStore implements ReconciliationStore {
    private final List<AuthoritativeCount> counts = new ArrayList<>();
    private final List<Verification> verifications = new ArrayList<>();

    /** Creates an empty store. */
    public InMemoryReconciliationStore() {
    }

    @Override
    public synchronized void saveAuthoritative(AuthoritativeCount c) {
        Checks.notNull(c, "count");
        new TextLimits().check(c.source(), MAX_SOURCE_LENGTH, "authoritative.source-length",
                "source", "Nguồn số liệu đối chiếu", "The source of the authoritative count")
                .refuseIfAny("authoritative count of " + c.unitCode());
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
    public synchronized void saveVerification(Verification given) {
        Checks.notNull(given, "verification");
        new TextLimits().check(given.verifier(), MAX_VERIFIER_LENGTH,
                "verification.verifier-length", "verifier", "Tên người hậu kiểm", "The verifier")
                .refuseIfAny("verification of " + given.unitCode());
        Verification v = new Verification(given.unitCode(), given.segment(), given.date(),
                given.checkedCount(), given.verifier(),
                given.checkedAt().truncatedTo(ChronoUnit.MICROS));
        for (Verification x : verifications) {
            if (x.unitCode().equals(v.unitCode()) && x.segment().equals(v.segment())
                    && x.date().equals(v.date()) && x.verifier().equals(v.verifier())
                    && x.checkedAt().equals(v.checkedAt())) {
                if (x.checkedCount() == v.checkedCount()) {
                    return;
                }
                throw new IllegalArgumentException("verification of " + v.unitCode() + " on "
                        + v.date() + " by " + v.verifier() + " at " + v.checkedAt()
                        + " is stored with the count " + x.checkedCount() + ", not "
                        + v.checkedCount());
            }
        }
        verifications.add(v);
    }

    @Override
    public synchronized List<Verification> verifications(Segment segment, LocalDate from,
                                                         LocalDate to) {
        return verifications.stream()
                .filter(v -> v.segment().equals(segment) && !v.date().isBefore(from)
                        && !v.date().isAfter(to))
                .sorted(Comparator.comparing(Verification::date)
                        .thenComparing(Verification::unitCode)
                        .thenComparing(Verification::checkedAt)
                        .thenComparing(Verification::verifier))
                .toList();
    }
}
