package io.github.uptake.port;

import io.github.uptake.model.Segment;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.time.LocalDate;
import java.util.List;

/**
 * Where authoritative counts and verification results are kept.
 *
 * <p>The contract, checked by {@code ReconciliationStoreContract} in the test-jar: an authoritative
 * count with the key (unit, segment, day, source) of a stored one replaces it; verifications are
 * only added, never replaced; reads return those of the segment within the days, sorted by day and
 * unit code (verifications then by check time). Implementations must be safe for use by several
 * threads.
 */
public interface ReconciliationStore {

    /**
     * Stores an authoritative count, replacing one with the same unit, segment, day and source.
     *
     * @param count  the count, not null
     */
    void saveAuthoritative(AuthoritativeCount count);

    /**
     * Returns the authoritative counts of a segment within a range of days.
     *
     * @param segment  the segment, not null
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not null
     * @return the counts, sorted by day, unit code and source
     */
    List<AuthoritativeCount> authoritativeCounts(Segment segment, LocalDate from, LocalDate to);

    /**
     * Adds a verification result.
     *
     * @param verification  the result, not null
     */
    void saveVerification(Verification verification);

    /**
     * Returns the verification results of a segment within a range of days.
     *
     * @param segment  the segment, not null
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not null
     * @return the results, sorted by day, unit code and check time
     */
    List<Verification> verifications(Segment segment, LocalDate from, LocalDate to);
}
