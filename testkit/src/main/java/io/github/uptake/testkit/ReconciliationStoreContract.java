package io.github.uptake.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.uptake.model.Segment;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link ReconciliationStore} keeps, as JUnit 5 tests. The port's javadoc states
 * each rule once and names the test here that checks it; a store that breaks a rule fails that
 * test.
 *
 * <p>Subclass it in the adapter's tests and return a fresh, empty store from {@link #newStore()};
 * every test then runs against a store of its own. JUnit makes one instance per test, so an
 * instance is used by one thread; only {@code concurrentSavesAreAllKept} calls the store from
 * several.
 *
 * @since 0.1.0
 */
public abstract class ReconciliationStoreContract {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T = Instant.parse("2020-08-16T02:00:00Z");

    /** The store under test, fresh for each test; set before each test, never null in a test. */
    protected ReconciliationStore store;

    /** Creates the contract; subclasses have a no-argument constructor, as JUnit requires. */
    protected ReconciliationStoreContract() {
    }

    /**
     * Returns a new, empty store, called once before each test.
     *
     * @return the store, not null
     */
    protected abstract ReconciliationStore newStore();

    /** Makes a fresh store before each test. */
    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    /** Rule: an authoritative count replaces the one with its key; they read back sorted. */
    @Test
    void authoritativeCountsReplaceTheSameKeyAndReadBackSorted() {
        store.saveAuthoritative(new AuthoritativeCount("80", Segment.RESIDENTS, DAY, 1, "operator"));
        store.saveAuthoritative(new AuthoritativeCount("80", Segment.RESIDENTS, DAY, 197_500,
                "operator"));
        store.saveAuthoritative(new AuthoritativeCount("80", Segment.RESIDENTS, DAY, 190_000,
                "ministry"));
        store.saveAuthoritative(new AuthoritativeCount("01", Segment.RESIDENTS, DAY, 5, "operator"));
        store.saveAuthoritative(new AuthoritativeCount("80", Segment.RESIDENTS, DAY.minusDays(1),
                180_000, "operator"));
        store.saveAuthoritative(new AuthoritativeCount("80", Segment.STAFF, DAY, 7, "operator"));
        assertEquals(List.of(
                new AuthoritativeCount("01", Segment.RESIDENTS, DAY, 5, "operator"),
                new AuthoritativeCount("80", Segment.RESIDENTS, DAY, 190_000, "ministry"),
                new AuthoritativeCount("80", Segment.RESIDENTS, DAY, 197_500, "operator")),
                store.authoritativeCounts(Segment.RESIDENTS, DAY, DAY));
        assertEquals(4, store.authoritativeCounts(Segment.RESIDENTS, DAY.minusDays(1), DAY).size());
    }

    /** Rule: verifications are only added, and read back sorted by day, unit, time and verifier. */
    @Test
    void verificationsAreOnlyAddedAndReadBackSorted() {
        Verification later = new Verification("794", Segment.RESIDENTS, DAY, 95, "b",
                T.plusSeconds(1));
        Verification earlier = new Verification("794", Segment.RESIDENTS, DAY, 90, "a", T);
        Verification other = new Verification("27685", Segment.RESIDENTS, DAY, 9, "a", T);
        store.saveVerification(later);
        store.saveVerification(earlier);
        store.saveVerification(other);
        store.saveVerification(new Verification("794", Segment.RESIDENTS, DAY.plusDays(1), 1, "a",
                T));
        Verification sameMomentByA = new Verification("794", Segment.RESIDENTS, DAY, 91, "a",
                T.plusSeconds(1));
        store.saveVerification(sameMomentByA);
        // check time before verifier: b's earlier check comes before a's (a store sorting by
        // verifier first would put it last)
        Verification earliestByB = new Verification("794", Segment.RESIDENTS, DAY, 89, "b",
                T.minusSeconds(1));
        store.saveVerification(earliestByB);
        assertEquals(List.of(other, earliestByB, earlier, sameMomentByA, later),
                store.verifications(Segment.RESIDENTS, DAY, DAY));
        assertEquals(List.of(), store.verifications(Segment.STAFF, DAY, DAY));
    }

    /**
     * Rule: a verification sent again is kept once; one with the same identity and another count
     * is refused, and the stored one kept.
     */
    @Test
    void aVerificationSentAgainIsKeptOnceAndAConflictingOneIsRefused() {
        Verification v = new Verification("794", Segment.RESIDENTS, DAY, 90, "a", T);
        store.saveVerification(v);
        store.saveVerification(new Verification("794", Segment.RESIDENTS, DAY, 90, "a", T));
        assertEquals(List.of(v), store.verifications(Segment.RESIDENTS, DAY, DAY));
        Verification conflicting = new Verification("794", Segment.RESIDENTS, DAY, 91, "a", T);
        assertThrows(IllegalArgumentException.class, () -> store.saveVerification(conflicting));
        assertEquals(List.of(v), store.verifications(Segment.RESIDENTS, DAY, DAY));
    }

    /** Rule: a check time reads back cut to whole microseconds, never rounded. */
    @Test
    void aVerificationsCheckTimeIsCutToTheMicrosecond() {
        store.saveVerification(new Verification("794", Segment.RESIDENTS, DAY, 90, "a",
                T.plusNanos(123_456_789)));
        Verification cut = new Verification("794", Segment.RESIDENTS, DAY, 90, "a",
                T.plusNanos(123_456_000));
        assertEquals(List.of(cut), store.verifications(Segment.RESIDENTS, DAY, DAY));
        store.saveVerification(cut);
        assertEquals(List.of(cut), store.verifications(Segment.RESIDENTS, DAY, DAY),
                "the cut one is the same verification");
    }

    /** Rule: texts up to their limits are kept whole. */
    @Test
    void textsUpToTheirLimitsAreKeptWhole() {
        AuthoritativeCount c = new AuthoritativeCount("80", Segment.RESIDENTS, DAY, 1,
                LongText.of(ReconciliationStore.MAX_SOURCE_LENGTH));
        Verification v = new Verification("794", Segment.RESIDENTS, DAY, 90,
                LongText.of(ReconciliationStore.MAX_VERIFIER_LENGTH), T);
        store.saveAuthoritative(c);
        store.saveVerification(v);
        assertEquals(List.of(c), store.authoritativeCounts(Segment.RESIDENTS, DAY, DAY));
        assertEquals(List.of(v), store.verifications(Segment.RESIDENTS, DAY, DAY));
    }

    /** Rule: a text past its limit is refused, coded and located at its field; nothing stored. */
    @Test
    void textsPastTheirLimitsAreRefusedAndNothingIsStored() {
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> store.saveAuthoritative(new AuthoritativeCount("80", Segment.RESIDENTS, DAY,
                        1, LongText.of(ReconciliationStore.MAX_SOURCE_LENGTH + 1))));
        assertEquals(Set.of("authoritative.source-length@source"), Refusals.codesAtFields(e));
        e = assertThrows(ProblemsException.class,
                () -> store.saveVerification(new Verification("794", Segment.RESIDENTS, DAY, 90,
                        LongText.of(ReconciliationStore.MAX_VERIFIER_LENGTH + 1), T)));
        assertEquals(Set.of("verification.verifier-length@verifier"), Refusals.codesAtFields(e));
        assertEquals(List.of(), store.authoritativeCounts(Segment.RESIDENTS, DAY, DAY));
        assertEquals(List.of(), store.verifications(Segment.RESIDENTS, DAY, DAY));
    }

    /** Rule: safe for several threads; concurrent saves are all kept. */
    @Test
    void concurrentSavesAreAllKept() {
        int threads = 8;
        int perThread = 10;
        Concurrently.run(threads, t -> () -> {
            for (int i = 0; i < perThread; i++) {
                store.saveAuthoritative(new AuthoritativeCount("U" + t + "-" + i,
                        Segment.RESIDENTS, DAY, i, "operator"));
                store.saveVerification(new Verification("U" + t + "-" + i, Segment.RESIDENTS,
                        DAY, i, "verifier " + t, T.plusSeconds(i)));
            }
            return null;
        });
        assertEquals(threads * perThread,
                store.authoritativeCounts(Segment.RESIDENTS, DAY, DAY).size());
        assertEquals(threads * perThread, store.verifications(Segment.RESIDENTS, DAY, DAY).size());
    }
}
