package io.github.uptake.port;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.model.HierarchyVersion;
import java.util.List;
import java.util.Optional;

/**
 * Where crosswalks between hierarchy versions are kept, so that a history can be re-based later.
 *
 * <p>The rules every implementation keeps. Each is checked by the test named after it in
 * {@code io.github.uptake.testkit.CrosswalkStoreContract} (artifact {@code uptake-testkit}), and a
 * store that breaks it fails that test:
 * <ol>
 *   <li><b>A crosswalk reads back exactly</b>: its pieces with their exact weights (fractions of
 *       any size) and estimated parts, its retired units and its source
 *       ({@code aCrosswalkReadsBackWithItsExactWeightsRetiredUnitsAndSource},
 *       {@code aComposedCrosswalkKeepsItsEstimatedPartsAndLargeFractionsExactly}).
 *   <li><b>Saving again replaces the whole crosswalk</b> between the same two versions, in one
 *       step: never half of the old and half of the new
 *       ({@code savingAgainReplacesTheWholeCrosswalk}).
 *   <li><b>Keys are listed per hierarchy</b>, sorted by old then new first day; a crosswalk never
 *       stored is empty ({@code keysAreListedPerHierarchyInOrderAndAMissingCrosswalkIsEmpty}).
 *   <li><b>Reading re-checks.</b> A crosswalk read back is checked again against the versions the
 *       caller gives, so a version saved again with other units cannot silently yield a wrong
 *       mapping: that is a {@link io.github.uptake.problem.ProblemsException}
 *       ({@code aStoredCrosswalkThatNoLongerFitsItsVersionsIsAProblemNotAWrongMapping}).
 *   <li><b>Texts have limits.</b> A source up to {@value #MAX_SOURCE_LENGTH} characters (as
 *       {@link String#length()} counts them) is kept whole; a longer one is refused, and nothing
 *       stored, with a {@link io.github.uptake.problem.ProblemsException} holding a problem coded
 *       {@code crosswalk.source-length} located at {@code source}
 *       ({@code textsUpToTheirLimitsAreKeptWhole},
 *       {@code textsPastTheirLimitsAreRefusedAndNothingIsStored}).
 *   <li><b>Safe for several threads.</b> Concurrent saves are all kept, and a reader never sees
 *       part of one crosswalk with part of another ({@code concurrentSavesAreAllKeptAndReadWhole}).
 * </ol>
 *
 * @since 0.1.0
 */
public interface CrosswalkStore {

    /**
     * The longest {@link Crosswalk#source()} a store keeps, in characters as
     * {@link String#length()} counts them: {@value}.
     */
    int MAX_SOURCE_LENGTH = 400;

    /**
     * Stores a crosswalk, replacing one between the same two versions.
     *
     * @param crosswalk  the crosswalk, not null
     * @throws NullPointerException if the crosswalk is null
     * @throws io.github.uptake.problem.ProblemsException if its source is past its limit
     *     ({@code source}); nothing is stored then
     */
    void saveCrosswalk(Crosswalk crosswalk);

    /**
     * Returns the keys of the stored crosswalks of a hierarchy.
     *
     * @param hierarchy  the hierarchy's name, not null
     * @return the keys, sorted by old then new first day, not null
     */
    List<CrosswalkKey> crosswalkKeys(String hierarchy);

    /**
     * Reads the crosswalk between two versions.
     *
     * @param from  the old version, not null
     * @param to  the new version, not null
     * @return the crosswalk, empty if none is stored between them
     * @throws io.github.uptake.problem.ProblemsException if the stored pieces no longer fit the
     *         versions given (a unit missing from one of them, for example)
     */
    Optional<Crosswalk> crosswalk(HierarchyVersion from, HierarchyVersion to);
}
