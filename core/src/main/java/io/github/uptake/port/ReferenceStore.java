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
 * Where the reference data of a campaign is kept: hierarchies with their versions, denominators and
 * target rules.
 *
 * <p>The contract, checked by {@code ReferenceStoreContract} in the test-jar:
 * <ul>
 *   <li>what is saved reads back equal;
 *   <li>saving a version that overlaps another of its hierarchy is refused with a
 *       {@link io.github.uptake.problem.ProblemsException} and changes nothing;
 *   <li>saving a denominator with the key (unit, segment, source, vintage) of a stored one replaces
 *       it; within one list, the later of two with the same key is the one kept;
 *   <li>{@link #saveVersions(List)} and {@link #saveDenominators(List)} store all of their list or
 *       none: if any element is refused (an overlapping version, a null, a value the store cannot
 *       hold) or storing fails part way, nothing of the list remains and the exception is thrown.
 *       A bulk load (a file of units or of denominators) is one call, so a refused file leaves
 *       nothing behind.
 * </ul>
 * Implementations must be safe for use by several threads.
 */
public interface ReferenceStore {

    /**
     * Adds a version to its hierarchy, creating the hierarchy if needed.
     *
     * @param version  the version, not null
     * @throws io.github.uptake.problem.ProblemsException if it overlaps a stored version
     */
    void saveVersion(HierarchyVersion version);

    /**
     * Adds versions as one unit of work: all of them or none. Each is checked against the stored
     * versions of its hierarchy and against those before it in the list, so a list may hold the
     * successive versions of one hierarchy, or versions of several.
     *
     * @param versions  the versions, not null, no element null
     * @throws io.github.uptake.problem.ProblemsException if one overlaps a stored version or one
     *     before it in the list, or holds a value the store cannot keep; nothing is stored then
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

    /** Returns the names of the stored hierarchies, sorted. */
    List<String> hierarchyNames();

    /**
     * Stores a denominator, replacing one with the same unit, segment, source and vintage.
     *
     * @param denominator  the denominator, not null
     */
    void saveDenominator(Denominator denominator);

    /**
     * Stores denominators as one unit of work: all of them or none. Each replaces a stored one with
     * the same unit, segment, source and vintage; of two in the list with the same key, the later
     * is kept.
     *
     * @param denominators  the denominators, not null, no element null
     * @throws io.github.uptake.problem.ProblemsException if one holds a value the store cannot keep
     *     (its location names the element, {@code denominators[i].source}); nothing is stored then
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
     */
    void saveTargetRules(TargetRules rules);

    /** Returns the campaign's target rules; none if never saved. */
    TargetRules targetRules();

    /**
     * Stores a reporting schedule under a name, replacing one of the same name.
     *
     * @param name  the schedule's name, e.g. {@code daily}, not blank
     * @param schedule  the schedule, not null
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
