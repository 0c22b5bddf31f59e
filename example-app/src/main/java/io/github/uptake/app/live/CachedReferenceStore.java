package io.github.uptake.app.live;

import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.port.ReferenceStore;
import java.util.List;
import java.util.Optional;

/**
 * The live model's reference data as a {@link ReferenceStore}, for the code that checks a
 * submission before it is stored (data entry, the API, uploads): hierarchies, denominators and
 * target rules are read from memory as last read from the database; a save goes to the
 * database and the model reads the reference data again. Schedules are read from the database.
 * Thread-safe.
 */
final class CachedReferenceStore implements ReferenceStore {
    private final LiveModel live;
    private final ReferenceStore store;

    CachedReferenceStore(LiveModel live, ReferenceStore store) {
        this.live = live;
        this.store = store;
    }

    @Override
    public void saveVersion(HierarchyVersion version) {
        store.saveVersion(version);
        live.reloadReference();
    }

    @Override
    public void saveVersions(List<HierarchyVersion> versions) {
        store.saveVersions(versions);
        live.reloadReference();
    }

    @Override
    public Optional<Hierarchy> hierarchy(String name) {
        return live.referenceData().hierarchies().stream().filter(h -> h.name().equals(name))
                .findFirst();
    }

    @Override
    public List<String> hierarchyNames() {
        return live.referenceData().hierarchies().stream().map(Hierarchy::name).toList();
    }

    @Override
    public void saveDenominator(Denominator denominator) {
        store.saveDenominator(denominator);
        live.reloadReference();
    }

    @Override
    public void saveDenominators(List<Denominator> denominators) {
        store.saveDenominators(denominators);
        live.reloadReference();
    }

    @Override
    public List<Denominator> denominators(Segment segment) {
        return live.referenceData().denominators(segment);
    }

    @Override
    public void saveTargetRules(TargetRules rules) {
        store.saveTargetRules(rules);
        live.reloadReference();
    }

    @Override
    public TargetRules targetRules() {
        return live.referenceData().rules();
    }

    @Override
    public void saveSchedule(String name, ReportingSchedule schedule) {
        store.saveSchedule(name, schedule);
    }

    @Override
    public Optional<ReportingSchedule> schedule(String name) {
        return store.schedule(name);
    }
}
