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
 * <p>The contract, checked by {@code ReferenceStoreContract} in the test-jar: what is saved reads
 * back equal; saving a version that overlaps another of its hierarchy is refused with a
 * {@link io.github.uptake.problem.ProblemsException} and changes nothing; saving a denominator with
 * the key (unit, segment, source, vintage) of a stored one replaces it.
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
