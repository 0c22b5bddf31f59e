package io.github.uptake.memory;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.port.CrosswalkStore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link CrosswalkStore} held in memory. This class is thread-safe. */
public final class InMemoryCrosswalkStore implements CrosswalkStore {
    private final Map<CrosswalkKey, Crosswalk> crosswalks = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryCrosswalkStore() {
    }

    @Override
    public synchronized void saveCrosswalk(Crosswalk crosswalk) {
        Checks.notNull(crosswalk, "crosswalk");
        crosswalks.put(CrosswalkKey.of(crosswalk), crosswalk);
    }

    @Override
    public synchronized List<CrosswalkKey> crosswalkKeys(String hierarchy) {
        return crosswalks.keySet().stream().filter(k -> k.hierarchy().equals(hierarchy))
                .sorted(Comparator.comparing(CrosswalkKey::from).thenComparing(CrosswalkKey::to))
                .toList();
    }

    @Override
    public synchronized Optional<Crosswalk> crosswalk(HierarchyVersion from, HierarchyVersion to) {
        Crosswalk c = crosswalks.get(CrosswalkKey.of(from, to));
        if (c == null) {
            return Optional.empty();
        }
        return Optional.of(Crosswalk.validate(from, to, c.pieces(), c.retired(), c.source())
                .value());
    }
}
