package io.github.uptake.port;

import io.github.uptake.model.Segment;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.time.LocalDate;
import java.util.List;

/**
 * Where authoritative counts and verification results are kept.
 *
 * <p>The rules every implementation keeps. Each is checked by the test named after it in
 * {@code io.github.uptake.testkit.ReconciliationStoreContract} (artifact {@code uptake-testkit}),
 * and a store that breaks it fails that test:
 * <ol>
 *   <li><b>An authoritative count replaces the one with its key</b> (unit, segment, day, source);
 *       counts read back are those of the segment within the days, sorted by day, unit code and
 *       source ({@code authoritativeCountsReplaceTheSameKeyAndReadBackSorted}).
 *   <li><b>Verifications are only added, never replaced.</b> A verification is identified by its
 *       unit, segment, day, verifier and check time. One with a new identity is added; one equal to
 *       a stored one stores nothing; one with a stored identity but another count is refused with
 *       an {@link IllegalArgumentException} and the stored one is kept
 *       ({@code verificationsAreOnlyAddedAndReadBackSorted},
 *       {@code aVerificationSentAgainIsKeptOnceAndAConflictingOneIsRefused}).
 *   <li><b>Verifications read back sorted</b>: those of the segment within the days, by day, unit
 *       code, check time and verifier ({@code verificationsAreOnlyAddedAndReadBackSorted}).
 *   <li><b>A check time is kept to the microsecond</b>: it reads back truncated to whole
 *       microseconds (the precision databases keep), never rounded
 *       ({@code aVerificationsCheckTimeIsCutToTheMicrosecond}).
 *   <li><b>Texts have limits.</b> An authoritative count's source up to
 *       {@value #MAX_SOURCE_LENGTH} characters and a verifier up to {@value #MAX_VERIFIER_LENGTH}
 *       (as {@link String#length()} counts them) are kept whole. A longer one is refused, and
 *       nothing stored, with a {@link io.github.uptake.problem.ProblemsException} holding a problem
 *       coded {@code authoritative.source-length} located at {@code source}, or coded
 *       {@code verification.verifier-length} located at {@code verifier}
 *       ({@code textsUpToTheirLimitsAreKeptWhole},
 *       {@code textsPastTheirLimitsAreRefusedAndNothingIsStored}).
 *   <li><b>Safe for several threads.</b> Concurrent saves are all kept, as if they came one at a
 *       time ({@code concurrentSavesAreAllKept}).
 * </ol>
 *
 * @since 0.1.0
 */
public interface ReconciliationStore {

    /**
     * The longest {@link AuthoritativeCount#source()} a store keeps, in characters as
     * {@link String#length()} counts them: {@value}.
     */
    int MAX_SOURCE_LENGTH = 200;

    /**
     * The longest {@link Verification#verifier()} a store keeps, in characters as
     * {@link String#length()} counts them: {@value}.
     */
    int MAX_VERIFIER_LENGTH = 200;

    /**
     * Stores an authoritative count, replacing one with the same unit, segment, day and source.
     *
     * @param count  the count, not null
     * @throws NullPointerException if the count is null
     * @throws io.github.uptake.problem.ProblemsException if its source is past its limit
     *     ({@code source}); nothing is stored then
     */
    void saveAuthoritative(AuthoritativeCount count);

    /**
     * Returns the authoritative counts of a segment within a range of days.
     *
     * @param segment  the segment, not null
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not null
     * @return the counts, sorted by day, unit code and source, not null
     */
    List<AuthoritativeCount> authoritativeCounts(Segment segment, LocalDate from, LocalDate to);

    /**
     * Adds a verification result, its check time cut to the microsecond; stores nothing if an
     * equal one is stored.
     *
     * @param verification  the result, not null
     * @throws NullPointerException if the result is null
     * @throws IllegalArgumentException if one with the same unit, segment, day, verifier and check
     *     time but another count is stored; nothing is stored then
     * @throws io.github.uptake.problem.ProblemsException if its verifier is past its limit
     *     ({@code verifier}); nothing is stored then
     */
    void saveVerification(Verification verification);

    /**
     * Returns the verification results of a segment within a range of days.
     *
     * @param segment  the segment, not null
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not null
     * @return the results, sorted by day, unit code, check time and verifier, not null
     */
    List<Verification> verifications(Segment segment, LocalDate from, LocalDate to);
}
