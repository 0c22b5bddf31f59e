package io.github.uptake.app.live;

import io.github.uptake.app.RebasedView;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.history.History;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference data the pages need, read from the storage once per {@linkplain #epoch() epoch}:
 * the hierarchies at once, the engines (denominators and target rules resolved per version and
 * segment), the authoritative counts of a segment and day, and the versions a version can be
 * re-based onto, each on first use. Immutable once read except for those caches, which are
 * thread-safe; a newer epoch replaces the whole object.
 */
final class ReferenceData {
    private final JdbcStorage storage;
    private final RollUpPolicy policy;
    private final long epoch;
    private final List<Hierarchy> hierarchies;
    private final TargetRules rules;
    private final Map<String, RollUp> engines = new ConcurrentHashMap<>();
    private final Map<Segment, List<Denominator>> denominators = new ConcurrentHashMap<>();
    private final Map<String, List<AuthoritativeCount>> authoritative = new ConcurrentHashMap<>();
    private final Map<String, List<LocalDate>> targets = new ConcurrentHashMap<>();
    private final Map<String, History> histories = new ConcurrentHashMap<>();

    ReferenceData(JdbcStorage storage, RollUpPolicy policy, long epoch) {
        this.storage = storage;
        this.policy = policy;
        this.epoch = epoch;
        List<Hierarchy> read = new ArrayList<>();
        for (String name : storage.referenceStore().hierarchyNames()) {
            storage.referenceStore().hierarchy(name).ifPresent(read::add);
        }
        this.hierarchies = List.copyOf(read);
        this.rules = storage.referenceStore().targetRules();
    }

    /** Returns the number of this reading, 1 for the first. */
    long epoch() {
        return epoch;
    }

    /** Returns the hierarchies, in the store's order. */
    List<Hierarchy> hierarchies() {
        return hierarchies;
    }

    /** Returns the version of any hierarchy that holds a unit on a day. */
    Optional<HierarchyVersion> versionOf(String code, LocalDate day) {
        for (Hierarchy h : hierarchies) {
            Optional<HierarchyVersion> v = h.versionOn(day);
            if (v.isPresent() && v.get().contains(code)) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** Returns the version of a hierarchy on a day. */
    Optional<HierarchyVersion> version(String hierarchy, LocalDate day) {
        return hierarchies.stream().filter(h -> h.name().equals(hierarchy)).findFirst()
                .flatMap(h -> h.versionOn(day));
    }

    /** Returns the target rules. */
    TargetRules rules() {
        return rules;
    }

    /** Returns the denominators of a segment, read once. */
    List<Denominator> denominators(Segment segment) {
        return denominators.computeIfAbsent(segment, s -> List.copyOf(storage.referenceStore()
                .denominators(s)));
    }

    /** Returns the engine of a version and segment, built once. */
    RollUp engine(HierarchyVersion v, Segment segment) {
        return engines.computeIfAbsent(key(v) + "|" + segment.id(), k -> RollUp.of(v, segment,
                denominators(segment), rules, policy));
    }

    /** Returns the authoritative counts of a segment on a day, read once. */
    List<AuthoritativeCount> authoritative(Segment segment, LocalDate day) {
        return authoritative.computeIfAbsent(segment.id() + "|" + day, k -> List.copyOf(
                storage.reconciliationStore().authoritativeCounts(segment, day, day)));
    }

    /** Returns a hierarchy's versions and crosswalks, read once. */
    History history(Hierarchy h) {
        return histories.computeIfAbsent(h.name(), k -> History.load(h,
                storage.crosswalkStore()));
    }

    /** Returns the first days of the versions a version can be re-based onto, read once. */
    List<LocalDate> rebaseTargets(HierarchyVersion v) {
        return targets.computeIfAbsent(key(v), k -> List.copyOf(RebasedView.targets(storage, v)));
    }

    /** A version's key: its hierarchy and first day. */
    static String key(HierarchyVersion v) {
        return v.hierarchyName() + "@" + v.validFrom();
    }
}
