package io.github.uptake.port;

import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import java.util.List;
import java.util.Optional;

/**
 * Where the reference data of a campaign is kept: hierarchies with their versions, denominators,
 * target rules and reporting schedules.
 *
 * <p>The rules every implementation keeps. Each is checked by the test named after it in
 * {@code io.github.uptake.testkit.ReferenceStoreContract} (artifact {@code uptake-testkit}), and a
 * store that breaks it fails that test:
 * <ol>
 *   <li><b>What is saved reads back equal</b>: versions with their units in order, names, English
 *       names and validity; denominators; target rules; schedules
 *       ({@code versionsReadBackEqualAndTheRightOneIsValidOnEachDay},
 *       {@code aLargeGeneratedTreeReadsBackEqual}, {@code targetRulesReadBackAndAreNoneAtFirst},
 *       {@code schedulesReadBackByName}).
 *   <li><b>Versions never overlap.</b> A version that overlaps a stored one of its hierarchy is
 *       refused with a {@link io.github.uptake.problem.ProblemsException}
 *       ({@code hierarchy.overlap}) and changes nothing
 *       ({@code anOverlappingVersionIsRefusedAndNothingChanges}).
 *   <li><b>Names are listed sorted</b>; an unknown hierarchy is empty
 *       ({@code unknownHierarchyIsEmpty},
 *       {@code versionsSavedTogetherMayFollowEachOtherAndReadBackEqual}).
 *   <li><b>A denominator replaces the one with its key</b> (unit, segment, source, vintage);
 *       within one list the later of two with the same key is kept; they read back sorted by unit
 *       code, source and vintage ({@code denominatorsReadBackSortedAndTheSameKeyReplaces},
 *       {@code denominatorsSavedTogetherAreAllStoredAndTheLaterOfTheSameKeyIsKept}).
 *   <li><b>A list is all or none.</b> {@link #saveVersions(List)} and
 *       {@link #saveDenominators(List)} store all of their list or none: if any element is refused
 *       (an overlapping version, a null, a text past its limit) or storing fails part way, nothing
 *       of the list remains and the exception is thrown. A bulk load (a file of units or of
 *       denominators) is one call, so a refused file leaves nothing behind
 *       ({@code versionsSavedTogetherMayFollowEachOtherAndReadBackEqual},
 *       {@code aListOfVersionsWhoseLastOverlapsIsRefusedAndNothingOfItIsStored},
 *       {@code aListOfVersionsWithANullLastStoresNothing},
 *       {@code aListOfDenominatorsWhoseLastIsInvalidStoresNothingOfIt}).
 *   <li><b>Target rules and schedules are replaced whole</b>: the rules by the next rules saved, a
 *       schedule by the next of the same name ({@code targetRulesReadBackAndAreNoneAtFirst},
 *       {@code schedulesReadBackByName}).
 *   <li><b>Texts have limits.</b> A unit's name and English name up to
 *       {@value #MAX_UNIT_NAME_LENGTH} characters and a denominator's source up to
 *       {@value #MAX_DENOMINATOR_SOURCE_LENGTH} (as {@link String#length()} counts them) are kept
 *       whole. A longer one is refused, before anything is stored, with a
 *       {@link io.github.uptake.problem.ProblemsException} holding one problem per text: coded
 *       {@code unit.name-length} and located at {@code units[i].name} or {@code units[i].nameEn}
 *       ({@code versions[v].units[i].name} in a list), or coded
 *       {@code denominator.source-length} and located at {@code source}
 *       ({@code denominators[i].source} in a list). A schedule's name is 1 to
 *       {@value #MAX_SCHEDULE_NAME_LENGTH} characters and not blank; another is refused with an
 *       {@link IllegalArgumentException} ({@code textsUpToTheirLimitsAreKeptWhole},
 *       {@code textsPastTheirLimitsAreRefusedAndNothingIsStored}).
 *   <li><b>Safe for several threads.</b> Concurrent saves are all kept, as if they came one at a
 *       time ({@code concurrentSavesAreAllKept}).
 * </ol>
 *
 * @since 0.1.0
 */
public interface ReferenceStore {

    /**
     * The longest {@link io.github.uptake.model.Unit#name()} or English name a store keeps, in
     * characters as {@link String#length()} counts them: {@value}.
     */
    int MAX_UNIT_NAME_LENGTH = 400;

    /**
     * The longest {@link Denominator#source()} a store keeps, in characters as
     * {@link String#length()} counts them: {@value}.
     */
    int MAX_DENOMINATOR_SOURCE_LENGTH = 200;

    /** The longest name of a reporting schedule, in characters: {@value}. */
    int MAX_SCHEDULE_NAME_LENGTH = 64;

    /**
     * Adds a version to its hierarchy, creating the hierarchy if needed.
     *
     * @param version  the version, not null
     * @throws NullPointerException if the version is null
     * @throws io.github.uptake.problem.ProblemsException if it overlaps a stored version, or a
     *     name is past its limit ({@code units[i].name}); nothing is stored then
     */
    void saveVersion(HierarchyVersion version);

    /**
     * Adds versions as one unit of work: all of them or none. Each is checked against the stored
     * versions of its hierarchy and against those before it in the list, so a list may hold the
     * successive versions of one hierarchy, or versions of several.
     *
     * @param versions  the versions, not null, no element null
     * @throws io.github.uptake.problem.ProblemsException if one overlaps a stored version or one
     *     before it in the list, or holds a name past its limit
     *     ({@code versions[v].units[i].name}); nothing is stored then
     * @throws NullPointerException if the list or an element is null; nothing is stored then
     */
    void saveVersions(List<HierarchyVersion> versions);

    /**
     * Returns a hierarchy with all its versions.
     *
     * @param name  the hierarchy's name, not null
     * @return the hierarchy, empty if none has that name
     */
    Optional<Hierarchy> hierarchy(String name);

    /**
     * Returns the names of the stored hierarchies.
     *
     * @return the names, sorted, not null
     */
    List<String> hierarchyNames();

    /**
     * Stores a denominator, replacing one with the same unit, segment, source and vintage.
     *
     * @param denominator  the denominator, not null
     * @throws NullPointerException if the denominator is null
     * @throws io.github.uptake.problem.ProblemsException if its source is past its limit
     *     ({@code source}); nothing is stored then
     */
    void saveDenominator(Denominator denominator);

    /**
     * Stores denominators as one unit of work: all of them or none. Each replaces a stored one with
     * the same unit, segment, source and vintage; of two in the list with the same key, the later
     * is kept.
     *
     * @param denominators  the denominators, not null, no element null
     * @throws io.github.uptake.problem.ProblemsException if a source is past its limit (its
     *     location names the element, {@code denominators[i].source}); nothing is stored then
     * @throws NullPointerException if the list or an element is null; nothing is stored then
     */
    void saveDenominators(List<Denominator> denominators);

    /**
     * Returns the denominators of a segment, sorted by unit code, source and vintage.
     *
     * @param segment  the segment, not null
     * @return the denominators, not null
     */
    List<Denominator> denominators(Segment segment);

    /**
     * Replaces the campaign's target rules.
     *
     * @param rules  the rules, not null
     * @throws NullPointerException if the rules are null
     */
    void saveTargetRules(TargetRules rules);

    /**
     * Returns the campaign's target rules.
     *
     * @return the rules last saved, {@link TargetRules#none()} if never saved, not null
     */
    TargetRules targetRules();

    /**
     * Stores a reporting schedule under a name, replacing one of the same name.
     *
     * @param name  the schedule's name, e.g. {@code daily}, not blank, at most
     *     {@value #MAX_SCHEDULE_NAME_LENGTH} characters
     * @param schedule  the schedule, not null
     * @throws IllegalArgumentException if the name is null, blank or too long; nothing is stored
     *     then
     * @throws NullPointerException if the schedule is null
     */
    void saveSchedule(String name, ReportingSchedule schedule);

    /**
     * Returns a reporting schedule by name.
     *
     * @param name  the name, not null
     * @return the schedule, empty if none has that name
     */
    Optional<ReportingSchedule> schedule(String name);
}
