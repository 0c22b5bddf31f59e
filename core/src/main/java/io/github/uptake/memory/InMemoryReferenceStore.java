package io.github.uptake.memory;

import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReferenceStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ReferenceStore} held in memory. A list of versions or denominators is checked whole
 * (nulls, overlaps, texts past their limits) before any of it is kept, so it is stored all or none.
 * This class is thread-safe: every method takes one lock.
 *
 * @since 0.1.0
 */
public final class InMemoryReferenceStore implements ReferenceStore {
    private final Map<String, Hierarchy> hierarchies = new TreeMap<>();
    private final Map<DenominatorKey, Denominator> denominators = new TreeMap<>();
    private TargetRules rules = TargetRules.none();
    private final Map<String, ReportingSchedule> schedules = new TreeMap<>();

    private record DenominatorKey(String unitCode, String segment, String source, LocalDate vintage)
            implements Comparable<DenominatorKey> {
        private static final Comparator<DenominatorKey> ORDER = Comparator
                .comparing(DenominatorKey::segment).thenComparing(DenominatorKey::unitCode)
                .thenComparing(DenominatorKey::source).thenComparing(DenominatorKey::vintage);

        @Override
        public int compareTo(DenominatorKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** Creates an empty store. */
    public InMemoryReferenceStore() {
    }

    @Override
    public synchronized void saveVersion(HierarchyVersion version) {
        Checks.notNull(version, "version");
        checkNames(new TextLimits(), version, "").refuseIfAny("hierarchy version " + version);
        Hierarchy existing = hierarchies.get(version.hierarchyName());
        Hierarchy updated = existing == null ? Hierarchy.of(version) : existing.withVersion(version);
        hierarchies.put(version.hierarchyName(), updated);
    }

    @Override
    public synchronized void saveVersions(List<HierarchyVersion> versions) {
        Checks.notNull(versions, "versions");
        Map<String, Hierarchy> updated = new HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            Checks.notNull(versions.get(i), "versions[" + i + "]");
        }
        TextLimits limits = new TextLimits();
        for (int i = 0; i < versions.size(); i++) {
            checkNames(limits, versions.get(i), "versions[" + i + "].");
        }
        limits.refuseIfAny(versions.size() + " hierarchy versions");
        for (HierarchyVersion v : versions) {
            String name = v.hierarchyName();
            Hierarchy h = updated.containsKey(name) ? updated.get(name) : hierarchies.get(name);
            updated.put(name, h == null ? Hierarchy.of(v) : h.withVersion(v));
        }
        hierarchies.putAll(updated);
    }

    private static TextLimits checkNames(TextLimits limits, HierarchyVersion v, String prefix) {
        List<HierarchyVersion.Entry> entries = v.entries();
        for (int i = 0; i < entries.size(); i++) {
            Unit u = entries.get(i).unit();
            String at = prefix + "units[" + i + "].";
            limits.check(u.name(), MAX_UNIT_NAME_LENGTH, "unit.name-length", at + "name",
                            "Tên đơn vị " + u.code(), "The name of unit " + u.code())
                    .check(u.nameEn().orElse(null), MAX_UNIT_NAME_LENGTH, "unit.name-length",
                            at + "nameEn",
                            "Tên tiếng Anh của đơn vị " + u.code(),
                            "The English name of unit " + u.code());
        }
        return limits;
    }

    @Override
    public synchronized Optional<Hierarchy> hierarchy(String name) {
        return Optional.ofNullable(hierarchies.get(name));
    }

    @Override
    public synchronized List<String> hierarchyNames() {
        return List.copyOf(hierarchies.keySet());
    }

    @Override
    public synchronized void saveDenominator(Denominator d) {
        Checks.notNull(d, "denominator");
        checkSource(new TextLimits(), d, "source").refuseIfAny("denominator");
        put(d);
    }

    private void put(Denominator d) {
        denominators.put(new DenominatorKey(d.unitCode(), d.segment().id(), d.source(), d.vintage()),
                d);
    }

    @Override
    public synchronized void saveDenominators(List<Denominator> list) {
        Checks.notNull(list, "denominators");
        for (int i = 0; i < list.size(); i++) {
            Checks.notNull(list.get(i), "denominators[" + i + "]");
        }
        TextLimits limits = new TextLimits();
        for (int i = 0; i < list.size(); i++) {
            checkSource(limits, list.get(i), "denominators[" + i + "].source");
        }
        limits.refuseIfAny(list.size() + " denominators");
        list.forEach(this::put);
    }

    private static TextLimits checkSource(TextLimits limits, Denominator d, String field) {
        return limits.check(d.source(), MAX_DENOMINATOR_SOURCE_LENGTH, "denominator.source-length",
                field, "Nguồn mẫu số", "The source");
    }

    @Override
    public synchronized List<Denominator> denominators(Segment segment) {
        List<Denominator> out = new ArrayList<>();
        for (Denominator d : denominators.values()) {
            if (d.segment().equals(segment)) {
                out.add(d);
            }
        }
        return out;
    }

    @Override
    public synchronized void saveTargetRules(TargetRules targetRules) {
        this.rules = Checks.notNull(targetRules, "rules");
    }

    @Override
    public synchronized TargetRules targetRules() {
        return rules;
    }

    @Override
    public synchronized void saveSchedule(String name, ReportingSchedule schedule) {
        Checks.text(name, "name");
        if (name.length() > MAX_SCHEDULE_NAME_LENGTH) {
            throw new IllegalArgumentException("schedule name must be 1 to "
                    + MAX_SCHEDULE_NAME_LENGTH + " characters, was " + name);
        }
        schedules.put(name, Checks.notNull(schedule, "schedule"));
    }

    @Override
    public synchronized Optional<ReportingSchedule> schedule(String name) {
        return Optional.ofNullable(schedules.get(name));
    }
}
