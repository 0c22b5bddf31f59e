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

/**
 * A {@link CrosswalkStore} held in memory, keeping every rule of the port. This class is
 * thread-safe: every method takes one lock.
 *
 * @since 0.1.0
 */
public final class InMemoryCrosswalkStore implements CrosswalkStore {
    private final Map<CrosswalkKey, Crosswalk> crosswalks = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryCrosswalkStore() {
    }

    @Override
    public synchronized void saveCrosswalk(Crosswalk crosswalk) {
        Checks.notNull(crosswalk, "crosswalk");
        CrosswalkKey k = CrosswalkKey.of(crosswalk);
        new TextLimits().check(crosswalk.source(), MAX_SOURCE_LENGTH, "crosswalk.source-length",
                "source", "Nguồn bảng chuyển đổi", "The source of the crosswalk")
                .refuseIfAny("crosswalk " + k.hierarchy() + " " + k.from() + " -> " + k.to());
        crosswalks.put(k, crosswalk);
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
