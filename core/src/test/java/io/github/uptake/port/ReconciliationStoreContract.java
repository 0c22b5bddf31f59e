package io.github.uptake.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.model.Segment;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReconciliationStore} must have. Subclass it and return a fresh, empty
 * store from {@link #newStore()}.
 */
public abstract class ReconciliationStoreContract {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T = Instant.parse("2020-08-16T02:00:00Z");

    /** The store under test, fresh for each test. */
    protected ReconciliationStore store;

    /**
     * Returns a new, empty store.
     *
     * @return the store, not null
     */
    protected abstract ReconciliationStore newStore();

    /** Makes a fresh store before each test. */
    @BeforeEach
    void freshStore() {
        store = newStore();
    }

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

    @Test
    void verificationsAreOnlyAddedAndReadBackSorted() {
        Verification later = new Verification("794", Segment.RESIDENTS, DAY, 95, "b", T.plusSeconds(1));
        Verification earlier = new Verification("794", Segment.RESIDENTS, DAY, 90, "a", T);
        Verification other = new Verification("27685", Segment.RESIDENTS, DAY, 9, "a", T);
        store.saveVerification(later);
        store.saveVerification(earlier);
        store.saveVerification(other);
        store.saveVerification(new Verification("794", Segment.RESIDENTS, DAY.plusDays(1), 1, "a",
                T));
        assertEquals(List.of(other, earlier, later), store.verifications(Segment.RESIDENTS, DAY,
                DAY));
        assertEquals(List.of(), store.verifications(Segment.STAFF, DAY, DAY));
    }
}
