package io.github.uptake.port;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.model.HierarchyVersion;
import java.util.List;
import java.util.Optional;

/**
 * Where crosswalks between hierarchy versions are kept, so that a history can be re-based later.
 *
 * <p>The contract, checked by {@code CrosswalkStoreContract} in the test-jar: a crosswalk is stored
 * with its pieces (exact weights and estimated parts), retired units and source, and replaces one
 * between the same two versions, in one step (never half of the old and half of the new). Reading
 * one back re-checks it against the versions the caller gives, so a version saved again with other
 * units cannot silently yield a wrong mapping. Implementations must be safe for use by several
 * threads.
 */
public interface CrosswalkStore {

    /**
     * Stores a crosswalk, replacing one between the same two versions.
     *
     * @param crosswalk  the crosswalk, not null
     */
    void saveCrosswalk(Crosswalk crosswalk);

    /**
     * Returns the keys of the stored crosswalks of a hierarchy.
     *
     * @param hierarchy  the hierarchy's name, not null
     * @return the keys, sorted by old then new first day
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
