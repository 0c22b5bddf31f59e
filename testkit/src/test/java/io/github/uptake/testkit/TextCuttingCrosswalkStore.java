package io.github.uptake.testkit;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.memory.InMemoryCrosswalkStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.port.CrosswalkStore;
import java.util.List;
import java.util.Optional;

/**
 * A broken crosswalk store: the in-memory one, except that a source past its limit is accepted and
 * cut to fit, as a column would silently cut it, instead of refused. Every other rule is kept.
 * Thread-safe, as the store it wraps.
 */
final class TextCuttingCrosswalkStore implements CrosswalkStore {
    private final CrosswalkStore store = new InMemoryCrosswalkStore();

    @Override
    public void saveCrosswalk(Crosswalk c) {
        String source = c.source().length() <= MAX_SOURCE_LENGTH ? c.source()
                : c.source().substring(0, MAX_SOURCE_LENGTH);
        store.saveCrosswalk(Crosswalk.validate(c.from(), c.to(), c.pieces(), c.retired(), source)
                .value());
    }

    @Override
    public List<CrosswalkKey> crosswalkKeys(String hierarchy) {
        return store.crosswalkKeys(hierarchy);
    }

    @Override
    public Optional<Crosswalk> crosswalk(HierarchyVersion from, HierarchyVersion to) {
        return store.crosswalk(from, to);
    }
}
