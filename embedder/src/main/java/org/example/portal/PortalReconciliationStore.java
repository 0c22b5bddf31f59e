package org.example.portal;

import io.github.uptake.model.Segment;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portal's own store of authoritative counts and verifications, written against Uptake's port
 * alone (as a province would for its own database), kept in sorted maps. Proved by the test kit's
 * {@code ReconciliationStoreContract}. Thread-safe: every method holds the store's lock.
 */
public final class PortalReconciliationStore implements ReconciliationStore {
    private static final Comparator<AuthoritativeCount> COUNTS = Comparator
            .comparing(AuthoritativeCount::date).thenComparing(AuthoritativeCount::unitCode)
            .thenComparing(AuthoritativeCount::source);
    private static final Comparator<Verification> VERIFICATIONS = Comparator
            .comparing(Verification::date).thenComparing(Verification::unitCode)
            .thenComparing(Verification::checkedAt).thenComparing(Verification::verifier);

    private final Map<String, AuthoritativeCount> counts = new TreeMap<>();
    private final Map<String, Verification> verifications = new TreeMap<>();

    @Override
    public synchronized void saveAuthoritative(AuthoritativeCount count) {
        if (count.source().length() > MAX_SOURCE_LENGTH) {
            throw refused("authoritative", "authoritative.source-length", "source",
                    count.source());
        }
        counts.put(String.join("\u0000", count.unitCode(), count.segment().id(),
                count.date().toString(), count.source()), count);
    }

    @Override
    public synchronized List<AuthoritativeCount> authoritativeCounts(Segment segment,
                                                                     LocalDate from,
                                                                     LocalDate to) {
        List<AuthoritativeCount> out = new ArrayList<>();
        for (AuthoritativeCount c : counts.values()) {
            if (c.segment().equals(segment) && !c.date().isBefore(from) && !c.date().isAfter(to)) {
                out.add(c);
            }
        }
        out.sort(COUNTS);
        return out;
    }

    @Override
    public synchronized void saveVerification(Verification verification) {
        if (verification.verifier().length() > MAX_VERIFIER_LENGTH) {
            throw refused("verification", "verification.verifier-length", "verifier",
                    verification.verifier());
        }
        Verification cut = new Verification(verification.unitCode(), verification.segment(),
                verification.date(), verification.checkedCount(), verification.verifier(),
                verification.checkedAt().truncatedTo(ChronoUnit.MICROS));
        String key = String.join("\u0000", cut.unitCode(), cut.segment().id(),
                cut.date().toString(), cut.verifier(), cut.checkedAt().toString());
        Verification stored = verifications.get(key);
        if (stored != null && stored.checkedCount() != cut.checkedCount()) {
            throw new IllegalArgumentException("a verification of " + cut.unitCode() + " by "
                    + cut.verifier() + " at " + cut.checkedAt() + " is already stored with count "
                    + stored.checkedCount() + ", not " + cut.checkedCount());
        }
        verifications.putIfAbsent(key, cut);
    }

    @Override
    public synchronized List<Verification> verifications(Segment segment, LocalDate from,
                                                         LocalDate to) {
        List<Verification> out = new ArrayList<>();
        for (Verification v : verifications.values()) {
            if (v.segment().equals(segment) && !v.date().isBefore(from) && !v.date().isAfter(to)) {
                out.add(v);
            }
        }
        out.sort(VERIFICATIONS);
        return out;
    }

    private static ProblemsException refused(String what, String code, String field,
                                             String value) {
        return new ProblemsException(what, List.of(Problem.error(code, Location.field(field),
                value.length() + " characters", "Quá dài: " + value.length() + " ký tự.",
                "Too long: " + value.length() + " characters.")));
    }
}
