package io.github.uptake.testkit;

import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.memory.InMemoryReferenceStore;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReferenceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A broken reference store: the in-memory one, except that names and sources past their limits
 * are accepted and cut to fit, as a column would silently cut them, instead of refused. Every other
 * rule is kept. Thread-safe, as the store it wraps.
 */
final class TextCuttingReferenceStore implements ReferenceStore {
    private final ReferenceStore store = new InMemoryReferenceStore();

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static HierarchyVersion cut(HierarchyVersion v) {
        List<HierarchyVersion.Entry> entries = new ArrayList<>();
        for (HierarchyVersion.Entry e : v.entries()) {
            Unit u = e.unit();
            entries.add(new HierarchyVersion.Entry(new Unit(u.code(), u.kind(),
                    cut(u.name(), MAX_UNIT_NAME_LENGTH),
                    u.nameEn().map(n -> cut(n, MAX_UNIT_NAME_LENGTH)), u.validFrom(),
                    u.validUntil()), e.parentCode()));
        }
        return HierarchyVersion.builder(v.hierarchyName(), v.validFrom())
                .validUntil(v.validUntil().orElse(null)).addAll(entries).build();
    }

    private static Denominator cut(Denominator d) {
        return d == null ? null : new Denominator(d.unitCode(), d.segment(), d.count(),
                cut(d.source(), MAX_DENOMINATOR_SOURCE_LENGTH), d.vintage());
    }

    @Override
    public void saveVersion(HierarchyVersion version) {
        store.saveVersion(cut(version));
    }

    @Override
    public void saveVersions(List<HierarchyVersion> versions) {
        List<HierarchyVersion> cut = new ArrayList<>();
        for (HierarchyVersion v : versions) {
            cut.add(v == null ? null : cut(v));
        }
        store.saveVersions(cut);
    }

    @Override
    public Optional<Hierarchy> hierarchy(String name) {
        return store.hierarchy(name);
    }

    @Override
    public List<String> hierarchyNames() {
        return store.hierarchyNames();
    }

    @Override
    public void saveDenominator(Denominator denominator) {
        store.saveDenominator(cut(denominator));
    }

    @Override
    public void saveDenominators(List<Denominator> denominators) {
        List<Denominator> cut = new ArrayList<>();
        for (Denominator d : denominators) {
            cut.add(cut(d));
        }
        store.saveDenominators(cut);
    }

    @Override
    public List<Denominator> denominators(Segment segment) {
        return store.denominators(segment);
    }

    @Override
    public void saveTargetRules(TargetRules rules) {
        store.saveTargetRules(rules);
    }

    @Override
    public TargetRules targetRules() {
        return store.targetRules();
    }

    @Override
    public void saveSchedule(String name, ReportingSchedule schedule) {
        store.saveSchedule(cut(name, MAX_SCHEDULE_NAME_LENGTH), schedule);
    }

    @Override
    public Optional<ReportingSchedule> schedule(String name) {
        return store.schedule(name);
    }
}
